package com.alumia.admin.api.alert;

import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.common.Severity;
import org.axonframework.serialization.Revision;

import java.time.Instant;

@Revision("1")
public record AlertRaisedEvent(AlertId alertId,
                               OrgId orgId,
                               AlertKind kind,
                               Severity severity,
                               String title,
                               String detail,
                               String source,
                               Instant occurredAt) implements AlertEvent {
}
