package com.alumia.admin.api.site;

import java.time.Instant;
import java.util.List;

/**
 * How the front end's last revalidation of a page went.
 *
 * @param action     the change that set it off, such as {@code site.published}
 * @param status     {@code succeeded}, {@code retrying}, {@code failed} (the event waits in the dead-letter
 *                   queue of {@code site-revalidation}) or {@code not_configured}
 * @param httpStatus the front end's last answer, null when it gave none
 */
public record PageRevalidation(String eventId, String action, List<String> paths, String status, int attempts,
                               Integer httpStatus, String lastError, Instant updatedAt) {
}
