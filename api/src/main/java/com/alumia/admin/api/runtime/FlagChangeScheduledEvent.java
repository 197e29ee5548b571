package com.alumia.admin.api.runtime;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A change of the flag will apply at {@code at} unless it is cancelled first.
 *
 * @param value the canonical value to set; null when the change removes the value
 */
@Revision("1")
public record FlagChangeScheduledEvent(FlagKey key, String scheduleId, OrgId org, boolean clear, String value,
                                       Instant at) {
}
