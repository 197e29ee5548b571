package com.alumia.admin.command.feedback;

import com.alumia.admin.api.common.EntityTags;
import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.feedback.AssignFeedbackCommand;
import com.alumia.admin.api.feedback.FeedbackContext;
import com.alumia.admin.api.feedback.FeedbackId;
import com.alumia.admin.api.feedback.FeedbackStatus;
import com.alumia.admin.api.feedback.ReceiveFeedbackCommand;
import com.alumia.admin.api.feedback.TransitionFeedbackCommand;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;

@RestController
class FeedbackCommandController {

    private final CommandSender commands;
    private final Clock clock;

    FeedbackCommandController(CommandSender commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    record ContextRequest(@Size(max = Feedback.MAX_CONTEXT_FIELD) String url,
                          @Size(max = Feedback.MAX_CONTEXT_FIELD) String userAgent,
                          @Size(max = Feedback.MAX_CONTEXT_FIELD) String requestFragment) {
    }

    record IngestFeedbackRequest(@NotBlank String orgId,
                                 @Size(max = 256) String userId,
                                 @NotBlank @Size(max = Feedback.MAX_TEXT) String text,
                                 @Valid ContextRequest context,
                                 Instant receivedAt) {
    }

    record IngestedResponse(String feedbackId) {
    }

    record TransitionRequest(@NotNull FeedbackStatus to, @Size(max = Feedback.MAX_NOTE) String note) {
    }

    record AssignRequest(@Size(max = 256) String assignee, @Size(max = Feedback.MAX_NOTE) String note) {
    }

    record ChangedResponse(String feedbackId, long version) {
    }

    @PostMapping("/api/v1/feedback")
    ResponseEntity<IngestedResponse> ingest(@Valid @RequestBody IngestFeedbackRequest request) {
        FeedbackId id = FeedbackId.newId();
        ContextRequest context = request.context();
        commands.send(new ReceiveFeedbackCommand(id, new OrgId(request.orgId()), request.userId(), request.text(),
                context == null ? FeedbackContext.NONE
                        : new FeedbackContext(context.url(), context.userAgent(), context.requestFragment()),
                request.receivedAt() == null ? clock.instant() : request.receivedAt()));
        return ResponseEntity.status(HttpStatus.CREATED)
                             .location(URI.create("/api/v1/admin/feedback/" + id))
                             .eTag(EntityTags.of(0))
                             .body(new IngestedResponse(id.value()));
    }

    @PostMapping("/api/v1/admin/feedback/{feedbackId}/transitions")
    ResponseEntity<ChangedResponse> transition(@PathVariable String feedbackId,
                                               @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                               @Valid @RequestBody TransitionRequest request) {
        FeedbackId id = new FeedbackId(feedbackId);
        long version = commands.send(new TransitionFeedbackCommand(id, IfMatch.expectedVersion(ifMatch),
                request.to(), request.note()));
        return changed(id, version);
    }

    @PutMapping("/api/v1/admin/feedback/{feedbackId}/assignee")
    ResponseEntity<ChangedResponse> assign(@PathVariable String feedbackId,
                                           @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                           @Valid @RequestBody AssignRequest request) {
        FeedbackId id = new FeedbackId(feedbackId);
        long version = commands.send(new AssignFeedbackCommand(id, IfMatch.expectedVersion(ifMatch),
                request.assignee(), request.note()));
        return changed(id, version);
    }

    private static ResponseEntity<ChangedResponse> changed(FeedbackId id, long version) {
        return ResponseEntity.ok().eTag(EntityTags.of(version)).body(new ChangedResponse(id.value(), version));
    }
}
