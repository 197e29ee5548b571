package com.alumia.admin.query.feedback;

import com.alumia.admin.api.common.Severity;
import com.alumia.admin.api.feedback.ProbeClass;
import com.alumia.admin.api.feedback.SignalCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * Running totals of one fingerprint group, kept by the projection so that the security view never scans items.
 */
@Entity
@Table(name = "feedback_group")
class FeedbackGroupRow {

    @Id
    String fingerprint;
    @Enumerated(EnumType.STRING)
    @Column(name = "probe_class")
    ProbeClass probeClass;
    @Enumerated(EnumType.STRING)
    SignalCategory category;
    @Enumerated(EnumType.STRING)
    Severity severity;
    @Column(name = "severity_rank")
    Integer severityRank;
    long size;
    @Column(name = "open_count")
    long openCount;
    @Column(name = "org_count")
    long orgCount;
    @Column(name = "first_seen")
    Instant firstSeen;
    @Column(name = "last_seen")
    Instant lastSeen;
    String sample;

    String getFingerprint() {
        return fingerprint;
    }

    long getSize() {
        return size;
    }

    Instant getLastSeen() {
        return lastSeen;
    }
}
