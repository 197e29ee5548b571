package com.alumia.admin.api.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One event of the log read as an audit record: who did what, when, how fresh their step-up was, and why.
 *
 * @param position  the event's global position in the log, or null where it was read by aggregate
 * @param aggregate null for events that belong to no aggregate
 */
public record AuditEntry(Long position,
                         String eventId,
                         String action,
                         Aggregate aggregate,
                         Instant occurredAt,
                         Actor actor,
                         StepUp stepUp,
                         RequestInfo request,
                         String reason,
                         String idempotencyKey,
                         String payloadType,
                         String payloadRevision,
                         Map<String, Object> payload) {

    public record Aggregate(String type, String id, long sequence) {
    }

    public record Actor(String subject, List<String> roles, String orgId) {
    }

    /**
     * @param ageSeconds age of the authentication at the time of the request
     */
    public record StepUp(Instant authTime, Long ageSeconds, String acr, List<String> amr) {
    }

    public record RequestInfo(String requestId, String clientAddress, String userAgent) {
    }
}
