package com.alumia.admin.command.feedback;

import com.alumia.admin.api.common.RuleViolation;
import com.alumia.admin.api.feedback.FeedbackGroupMembers;
import com.alumia.admin.api.feedback.FeedbackStatus;
import com.alumia.admin.api.feedback.FindFeedbackGroupMembersQuery;
import com.alumia.admin.api.feedback.TransitionFeedbackCommand;
import com.alumia.admin.command.common.CommandSender;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies one transition to every item of a fingerprint group, so that a burst of the same probe is triaged once.
 * Each item is still its own command with its own version check: an item that moved meanwhile is reported, not
 * overwritten.
 */
@RestController
class FeedbackGroupCommandController {

    private final CommandSender commands;
    private final QueryGateway queries;

    FeedbackGroupCommandController(CommandSender commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    record GroupTransitionRequest(@NotNull FeedbackStatus to,
                                  @Size(max = Feedback.MAX_NOTE) String note,
                                  @NotBlank @Size(max = 2_000) String reason) {
    }

    enum Outcome { APPLIED, ALREADY_THERE, NOT_ALLOWED, CHANGED_MEANWHILE }

    record ItemResult(String feedbackId, Outcome outcome, Long version, String detail) {
    }

    record GroupTransitionResponse(String fingerprint, FeedbackStatus to, int applied, int skipped,
                                   List<ItemResult> items) {
    }

    @PostMapping("/api/v1/admin/feedback/groups/{fingerprint}/transitions")
    GroupTransitionResponse transitionGroup(@PathVariable String fingerprint,
                                            @Valid @RequestBody GroupTransitionRequest request) {
        FeedbackGroupMembers group = queries.query(new FindFeedbackGroupMembersQuery(fingerprint),
                                                   FeedbackGroupMembers.class).join();
        if (group.members().isEmpty()) {
            throw new GroupNotFoundException(fingerprint);
        }
        List<ItemResult> results = new ArrayList<>();
        for (FeedbackGroupMembers.Member member : group.members()) {
            results.add(transition(member, request));
        }
        int applied = (int) results.stream().filter(r -> r.outcome() == Outcome.APPLIED).count();
        return new GroupTransitionResponse(fingerprint, request.to(), applied, results.size() - applied, results);
    }

    private ItemResult transition(FeedbackGroupMembers.Member member, GroupTransitionRequest request) {
        String id = member.feedbackId().value();
        if (member.status() == request.to()) {
            return new ItemResult(id, Outcome.ALREADY_THERE, member.version(), null);
        }
        try {
            long version = commands.send(new TransitionFeedbackCommand(member.feedbackId(), member.version(),
                    request.to(), request.note()), request.reason());
            return new ItemResult(id, Outcome.APPLIED, version, null);
        } catch (CommandExecutionException e) {
            RuleViolation violation = e.getDetails().filter(RuleViolation.class::isInstance)
                                       .map(RuleViolation.class::cast).orElseThrow(() -> e);
            return new ItemResult(id, Outcome.NOT_ALLOWED, member.version(), violation.message());
        } catch (ConflictingModificationException e) {
            return new ItemResult(id, Outcome.CHANGED_MEANWHILE, member.version(), e.getMessage());
        }
    }
}
