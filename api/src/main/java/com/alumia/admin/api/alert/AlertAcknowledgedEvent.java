package com.alumia.admin.api.alert;

import org.axonframework.serialization.Revision;

@Revision("1")
public record AlertAcknowledgedEvent(AlertId alertId, String note) implements AlertEvent {
}
