package com.alumia.admin.query.feedback;

import com.alumia.admin.api.common.EntityTags;
import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.common.Severity;
import com.alumia.admin.api.feedback.FeedbackDetail;
import com.alumia.admin.api.feedback.FeedbackGroupPage;
import com.alumia.admin.api.feedback.FeedbackId;
import com.alumia.admin.api.feedback.FeedbackQueuePage;
import com.alumia.admin.api.feedback.FeedbackSort;
import com.alumia.admin.api.feedback.FeedbackStatus;
import com.alumia.admin.api.feedback.FindFeedbackGroupsQuery;
import com.alumia.admin.api.feedback.FindFeedbackItemQuery;
import com.alumia.admin.api.feedback.FindFeedbackQueueQuery;
import com.alumia.admin.api.feedback.FindSecurityOverviewQuery;
import com.alumia.admin.api.feedback.ProbeClass;
import com.alumia.admin.api.feedback.SecurityOverview;
import com.alumia.admin.api.feedback.SignalCategory;
import com.alumia.admin.query.common.NotFoundException;
import com.alumia.admin.query.common.Queries;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

@RestController
class FeedbackQueryController {

    private final Queries queries;

    FeedbackQueryController(Queries queries) {
        this.queries = queries;
    }

    /**
     * The triage queue; with {@code asOf}, as it was at that instant (the same filters, order and paging, applied
     * to each item's state then), read from the items' versions and not from the live queue.
     */
    @GetMapping("/api/v1/admin/feedback")
    FeedbackQueuePage queue(@RequestParam(required = false) FeedbackStatus status,
                            @RequestParam(required = false) ProbeClass classification,
                            @RequestParam(required = false) SignalCategory category,
                            @RequestParam(required = false) Severity severity,
                            @RequestParam(required = false) String orgId,
                            @RequestParam(required = false) String group,
                            @RequestParam(required = false) String assignee,
                            @RequestParam(required = false) String q,
                            @RequestParam(required = false) FeedbackSort sort,
                            @RequestParam(required = false) String cursor,
                            @RequestParam(defaultValue = "50") int limit,
                            @RequestParam(required = false) Instant asOf) {
        return queries.ask(new FindFeedbackQueueQuery(status, classification, category, severity,
                orgId == null ? null : new OrgId(orgId), group, assignee, q, sort, cursor, limit, asOf),
                FeedbackQueuePage.class);
    }

    /**
     * One item with its history; with {@code asOf}, as it was at that instant (404 when it did not exist yet). Only
     * the current item carries the {@code ETag} that a change must match.
     */
    @GetMapping("/api/v1/admin/feedback/{feedbackId}")
    ResponseEntity<FeedbackDetail> item(@PathVariable String feedbackId,
                                        @RequestParam(required = false) Instant asOf) {
        FeedbackDetail detail = queries.askOptional(new FindFeedbackItemQuery(new FeedbackId(feedbackId), asOf),
                                                    FeedbackDetail.class)
                                       .orElseThrow(() -> new NotFoundException("feedback item", feedbackId));
        return asOf == null ? ResponseEntity.ok().eTag(EntityTags.of(detail.summary().version())).body(detail)
                            : ResponseEntity.ok(detail);
    }

    @GetMapping("/api/v1/admin/feedback/groups")
    FeedbackGroupPage groups(@RequestParam(required = false) ProbeClass classification,
                             @RequestParam(required = false) SignalCategory category,
                             @RequestParam(defaultValue = "false") boolean openOnly,
                             @RequestParam(required = false) String cursor,
                             @RequestParam(defaultValue = "50") int limit) {
        return queries.ask(new FindFeedbackGroupsQuery(classification, category, openOnly, cursor, limit),
                           FeedbackGroupPage.class);
    }

    @GetMapping("/api/v1/admin/feedback/security")
    SecurityOverview security() {
        return queries.ask(new FindSecurityOverviewQuery(), SecurityOverview.class);
    }
}
