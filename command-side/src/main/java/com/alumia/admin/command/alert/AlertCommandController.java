package com.alumia.admin.command.alert;

import com.alumia.admin.api.alert.AcknowledgeAlertCommand;
import com.alumia.admin.api.alert.AlertId;
import com.alumia.admin.api.alert.AlertKind;
import com.alumia.admin.api.alert.RaiseAlertCommand;
import com.alumia.admin.api.alert.ResolveAlertCommand;
import com.alumia.admin.api.common.EntityTags;
import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.common.Severity;
import com.alumia.admin.command.common.CommandSender;
import com.alumia.admin.command.common.IfMatch;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;

@RestController
class AlertCommandController {

    private final CommandSender commands;
    private final Clock clock;

    AlertCommandController(CommandSender commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    record RaiseAlertRequest(@NotBlank String orgId,
                             @NotNull AlertKind kind,
                             Severity severity,
                             @NotBlank @Size(max = 300) String title,
                             @Size(max = 16_384) String detail,
                             @NotBlank @Size(max = 128) String source,
                             Instant occurredAt) {
    }

    record NoteRequest(@Size(max = 4_000) String note) {
    }

    record AlertResponse(String alertId, long version) {
    }

    @PostMapping("/api/v1/alerts")
    ResponseEntity<AlertResponse> raise(@Valid @RequestBody RaiseAlertRequest request) {
        AlertId id = AlertId.newId();
        commands.send(new RaiseAlertCommand(id, new OrgId(request.orgId()), request.kind(), request.severity(),
                request.title(), request.detail(), request.source(),
                request.occurredAt() == null ? clock.instant() : request.occurredAt()));
        return ResponseEntity.status(HttpStatus.CREATED)
                             .location(URI.create("/api/v1/admin/alerts/" + id))
                             .eTag(EntityTags.of(0))
                             .body(new AlertResponse(id.value(), 0));
    }

    @PostMapping("/api/v1/admin/alerts/{alertId}/acknowledgement")
    ResponseEntity<AlertResponse> acknowledge(@PathVariable String alertId,
                                              @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                              @Valid @RequestBody(required = false) NoteRequest request) {
        AlertId id = new AlertId(alertId);
        long version = commands.send(new AcknowledgeAlertCommand(id, IfMatch.expectedVersion(ifMatch),
                request == null ? null : request.note()));
        return changed(id, version);
    }

    @PostMapping("/api/v1/admin/alerts/{alertId}/resolution")
    ResponseEntity<AlertResponse> resolve(@PathVariable String alertId,
                                          @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                          @Valid @RequestBody(required = false) NoteRequest request) {
        AlertId id = new AlertId(alertId);
        long version = commands.send(new ResolveAlertCommand(id, IfMatch.expectedVersion(ifMatch),
                request == null ? null : request.note()));
        return changed(id, version);
    }

    private static ResponseEntity<AlertResponse> changed(AlertId id, long version) {
        return ResponseEntity.ok().eTag(EntityTags.of(version)).body(new AlertResponse(id.value(), version));
    }
}
