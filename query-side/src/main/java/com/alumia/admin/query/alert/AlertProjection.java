package com.alumia.admin.query.alert;

import com.alumia.admin.api.alert.AlertAcknowledgedEvent;
import com.alumia.admin.api.alert.AlertEvent;
import com.alumia.admin.api.alert.AlertRaisedEvent;
import com.alumia.admin.api.alert.AlertResolvedEvent;
import com.alumia.admin.api.alert.AlertStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * The notifications list of the feedback console.
 */
@Component
@ProcessingGroup(AlertProjection.GROUP)
class AlertProjection {

    static final String GROUP = "alerts";

    private final AlertRowRepository alerts;

    AlertProjection(AlertRowRepository alerts) {
        this.alerts = alerts;
    }

    @EventHandler
    void on(AlertRaisedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        AlertRow row = new AlertRow();
        row.alertId = event.alertId().value();
        row.orgId = event.orgId().value();
        row.kind = event.kind();
        row.severity = event.severity();
        row.severityRank = event.severity().rank();
        row.status = AlertStatus.OPEN;
        row.title = event.title();
        row.detail = event.detail();
        row.source = event.source();
        row.occurredAt = event.occurredAt() == null ? at : event.occurredAt();
        row.updatedAt = at;
        row.version = sequence;
        alerts.save(row);
    }

    @EventHandler
    void on(AlertAcknowledgedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        moveTo(event, AlertStatus.ACKNOWLEDGED, sequence, at);
    }

    @EventHandler
    void on(AlertResolvedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        moveTo(event, AlertStatus.RESOLVED, sequence, at);
    }

    private void moveTo(AlertEvent event, AlertStatus status, long sequence, Instant at) {
        alerts.findById(event.alertId().value()).ifPresent(row -> {
            row.status = status;
            row.version = sequence;
            row.updatedAt = at;
            alerts.save(row);
        });
    }

    @ResetHandler
    void reset() {
        alerts.deleteAllInBatch();
    }
}
