package com.alumia.admin.command.broadcast;

import com.alumia.admin.api.broadcast.BroadcastAudience;
import com.alumia.admin.api.broadcast.BroadcastSeverity;
import com.alumia.admin.api.broadcast.BroadcastViews;
import com.alumia.admin.api.broadcast.RequestBroadcastCommand;
import com.alumia.admin.api.common.Identifiers;
import com.alumia.admin.command.common.CommandSender;
import com.alumia.admin.command.common.DomainException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Map;

/**
 * Broadcasts to all orgs or a filtered set. Operators preview the audience (how many orgs, the first of them, and
 * listed orgs it leaves out); sending needs a fresh super_admin and a reason, and can be held to the previewed count
 * ({@code expectedRecipients}) so that an audience that changed in between is not sent to unseen. The same
 * Idempotency-Key sends the same broadcast once.
 */
@RestController
class BroadcastCommandController {

    private static final int SAMPLE = 20;
    private static final int MAX_LISTED = 10_000;

    private final CommandSender commands;
    private final QueryGateway queries;
    private final BroadcastQueue queue;

    BroadcastCommandController(CommandSender commands, QueryGateway queries, BroadcastQueue queue) {
        this.commands = commands;
        this.queries = queries;
        this.queue = queue;
    }

    record PreviewBody(BroadcastAudience audience) {
    }

    record SendBody(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 10_000) String body,
                    @NotNull BroadcastSeverity severity, BroadcastAudience audience, Integer expectedRecipients,
                    @NotBlank @Size(max = 2_000) String reason) {
    }

    record Sent(String broadcastId, int recipients, boolean created) {
    }

    @PostMapping("/api/v1/admin/broadcasts/preview")
    BroadcastViews.Audience preview(@RequestBody PreviewBody body) {
        return audience(body.audience());
    }

    @PostMapping("/api/v1/admin/broadcasts")
    ResponseEntity<Sent> send(@Valid @RequestBody SendBody body,
                              @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        if (!queue.configured()) {
            throw DomainException.conflict("broadcast.not_configured", "No notification service is configured to "
                    + "deliver broadcasts: set alumia.broadcasts.endpoint", Map.of());
        }
        BroadcastViews.Audience audience = audience(body.audience());
        if (!audience.excluded().isEmpty()) {
            throw DomainException.invalid("broadcast.orgs_not_in_audience", "Listed orgs that the audience leaves "
                    + "out (unknown, suspended, or created outside the period): " + String.join(", ",
                    audience.excluded().subList(0, Math.min(20, audience.excluded().size()))));
        }
        if (body.expectedRecipients() != null && body.expectedRecipients() != audience.count()) {
            throw DomainException.conflict("broadcast.audience_changed", "The audience is " + audience.count()
                    + " orgs now, not the " + body.expectedRecipients() + " previewed: preview it again",
                    Map.of("expected", body.expectedRecipients(), "actual", audience.count()));
        }
        String broadcastId = idempotencyKey == null || idempotencyKey.isBlank() ? Identifiers.newValue("bc")
                : Identifiers.derived("bc", idempotencyKey);
        boolean created = commands.send(new RequestBroadcastCommand(broadcastId,
                body.title(), body.body(), body.severity(), audienceOrAll(body.audience()), audience.orgIds()),
                body.reason());
        return ResponseEntity.status(created ? HttpStatus.ACCEPTED : HttpStatus.OK)
                             .location(URI.create("/api/v1/admin/broadcasts/" + broadcastId))
                             .body(new Sent(broadcastId, audience.count(), created));
    }

    private BroadcastViews.Audience audience(BroadcastAudience audience) {
        BroadcastAudience asked = audienceOrAll(audience);
        if (asked.orgIds().size() > MAX_LISTED) {
            throw DomainException.invalid("broadcast.too_many_listed", "An audience lists at most " + MAX_LISTED
                    + " orgs");
        }
        if (asked.createdFrom() != null && asked.createdTo() != null
            && !asked.createdFrom().isBefore(asked.createdTo())) {
            throw DomainException.invalid("broadcast.period_invalid", "createdFrom is before createdTo");
        }
        return queries.query(new BroadcastViews.FindAudienceQuery(asked, SAMPLE),
                ResponseTypes.instanceOf(BroadcastViews.Audience.class)).join();
    }

    private static BroadcastAudience audienceOrAll(BroadcastAudience audience) {
        return audience == null ? new BroadcastAudience(null, false, null, null) : audience;
    }
}
