package com.alumia.admin.command.alert;

import com.alumia.admin.api.alert.AcknowledgeAlertCommand;
import com.alumia.admin.api.alert.AlertAcknowledgedEvent;
import com.alumia.admin.api.alert.AlertId;
import com.alumia.admin.api.alert.AlertRaisedEvent;
import com.alumia.admin.api.alert.AlertResolvedEvent;
import com.alumia.admin.api.alert.AlertStatus;
import com.alumia.admin.api.alert.RaiseAlertCommand;
import com.alumia.admin.api.alert.ResolveAlertCommand;
import com.alumia.admin.api.common.Severity;
import com.alumia.admin.command.common.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Map;

import static com.alumia.admin.command.common.TextRules.optionalText;
import static com.alumia.admin.command.common.TextRules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * A platform alert in the notifications mode of the feedback console: open, then acknowledged, then resolved.
 */
@Aggregate
class Alert {

    private static final int MAX_NOTE = 4_000;

    @AggregateIdentifier
    private AlertId alertId;
    private AlertStatus status;

    Alert() {
    }

    @CommandHandler
    Alert(RaiseAlertCommand command) {
        if (command.orgId() == null || command.kind() == null) {
            throw DomainException.invalid("alert.incomplete", "orgId and kind must be given");
        }
        apply(new AlertRaisedEvent(command.alertId(), command.orgId(), command.kind(),
                command.severity() == null ? Severity.MEDIUM : command.severity(),
                requireText("title", command.title(), 300),
                optionalText("detail", command.detail(), 16_384),
                requireText("source", command.source(), 128),
                command.occurredAt()));
    }

    @CommandHandler
    long handle(AcknowledgeAlertCommand command) {
        if (status != AlertStatus.OPEN) {
            throw notAllowed("acknowledge", "only an open alert can be acknowledged");
        }
        apply(new AlertAcknowledgedEvent(alertId, optionalText("note", command.note(), MAX_NOTE)));
        return getVersion();
    }

    @CommandHandler
    long handle(ResolveAlertCommand command) {
        if (status == AlertStatus.RESOLVED) {
            throw notAllowed("resolve", "the alert is already resolved");
        }
        apply(new AlertResolvedEvent(alertId, status, optionalText("note", command.note(), MAX_NOTE)));
        return getVersion();
    }

    private DomainException notAllowed(String action, String why) {
        return DomainException.conflict("alert.transition_not_allowed", "Cannot " + action + ": " + why,
                Map.of("current", status, "requested", action));
    }

    @EventSourcingHandler
    void on(AlertRaisedEvent event) {
        alertId = event.alertId();
        status = AlertStatus.OPEN;
    }

    @EventSourcingHandler
    void on(AlertAcknowledgedEvent event) {
        status = AlertStatus.ACKNOWLEDGED;
    }

    @EventSourcingHandler
    void on(AlertResolvedEvent event) {
        status = AlertStatus.RESOLVED;
    }
}
