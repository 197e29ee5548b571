package com.alumia.admin.command.security;

import com.alumia.admin.api.common.Identifiers;
import com.alumia.admin.api.security.ReportSecurityEventCommand;
import com.alumia.admin.api.security.SecuritySeverity;
import com.alumia.admin.command.common.CommandSender;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/**
 * Services report security events here (role {@code ingest}). The sender's source and event id name the event: a
 * resend is answered 200 with {@code duplicate} and stores nothing.
 */
@RestController
class SecurityEventController {

    private final CommandSender commands;
    private final EventStore events;

    SecurityEventController(CommandSender commands, EventStore events) {
        this.commands = commands;
        this.events = events;
    }

    record ReportBody(@NotBlank @Size(max = 128) String eventId, @NotBlank @Size(max = 100) String source,
                      @NotBlank String kind, @NotNull SecuritySeverity severity, String orgId, String subject,
                      String detail, @NotNull Instant occurredAt) {
    }

    record Receipt(String id, boolean duplicate) {
    }

    private boolean stored(String id) {
        return events.lastSequenceNumberFor(id).isPresent();
    }

    @PostMapping("/api/v1/security/events")
    ResponseEntity<Receipt> report(@Valid @RequestBody ReportBody body) {
        String id = Identifiers.derived("se", body.source(), body.eventId());
        if (stored(id)) {
            return ResponseEntity.ok(new Receipt(id, true));
        }
        try {
            commands.send(new ReportSecurityEventCommand(id, body.source(), body.kind(), body.severity(),
                    body.orgId(), body.subject(), body.detail(), body.occurredAt()));
        } catch (RuntimeException e) {
            if (stored(id)) {
                return ResponseEntity.ok(new Receipt(id, true)); // sent twice at the same moment: the other won
            }
            throw e;
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Receipt(id, false));
    }
}
