package com.alumia.admin.api.alert;

import org.axonframework.serialization.Revision;

@Revision("1")
public record AlertResolvedEvent(AlertId alertId, AlertStatus from, String note) implements AlertEvent {
}
