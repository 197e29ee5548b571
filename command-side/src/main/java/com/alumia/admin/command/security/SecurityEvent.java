package com.alumia.admin.command.security;

import com.alumia.admin.api.security.ReportSecurityEventCommand;
import com.alumia.admin.api.security.SecurityEventReportedEvent;
import com.alumia.admin.command.common.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.regex.Pattern;

import static com.alumia.admin.command.common.TextRules.optionalText;
import static com.alumia.admin.command.common.TextRules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A security event a service reported; its identifier is the sender's, so a resend finds it stored. */
@Aggregate
class SecurityEvent {

    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9_.]{0,79}");

    @AggregateIdentifier
    private String eventId;

    SecurityEvent() {
    }

    @CommandHandler
    SecurityEvent(ReportSecurityEventCommand command) {
        if (command.kind() == null || !KIND.matcher(command.kind()).matches()) {
            throw DomainException.invalid("security.kind_invalid", "kind is 1 to 80 of a-z, 0-9, '_' and '.', "
                    + "starting with a letter, such as login.failed_burst");
        }
        if (command.severity() == null) {
            throw DomainException.invalid("security.severity_required", "severity is low, medium, high or critical");
        }
        if (command.occurredAt() == null) {
            throw DomainException.invalid("security.occurred_at_required", "occurredAt is when it happened");
        }
        apply(new SecurityEventReportedEvent(command.eventId(), requireText("source", command.source(), 100),
                command.kind(), command.severity(), optionalText("orgId", command.orgId(), 100),
                optionalText("subject", command.subject(), 300), optionalText("detail", command.detail(), 4_000),
                command.occurredAt()));
    }

    @EventSourcingHandler
    void on(SecurityEventReportedEvent event) {
        eventId = event.eventId();
    }
}
