package com.alumia.admin.query.feedback;

import com.alumia.admin.api.common.Severity;
import com.alumia.admin.api.feedback.FeedbackStatus;
import com.alumia.admin.api.feedback.ProbeClass;
import com.alumia.admin.api.feedback.SignalCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An item of the triage queue as it stands now, as the item page and group members read it. */
@Entity
@Table(name = "feedback_item")
class FeedbackItem {

    @Id
    @Column(name = "feedback_id")
    String feedbackId;
    @Column(name = "org_id")
    String orgId;
    @Column(name = "user_id")
    String userId;
    String text;
    @Enumerated(EnumType.STRING)
    FeedbackStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "probe_class")
    ProbeClass probeClass;
    @Enumerated(EnumType.STRING)
    SignalCategory category;
    @Enumerated(EnumType.STRING)
    Severity severity;
    @Column(name = "severity_rank")
    Integer severityRank;
    String fingerprint;
    String assignee;
    @Column(name = "received_at")
    Instant receivedAt;
    @Column(name = "updated_at")
    Instant updatedAt;
    long version;
}
