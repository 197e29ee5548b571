package com.alumia.admin.query.alert;

import com.alumia.admin.api.alert.AlertKind;
import com.alumia.admin.api.alert.AlertStatus;
import com.alumia.admin.api.common.Severity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "alert")
class AlertRow {

    @Id
    @Column(name = "alert_id")
    String alertId;
    @Column(name = "org_id")
    String orgId;
    @Enumerated(EnumType.STRING)
    AlertKind kind;
    @Enumerated(EnumType.STRING)
    Severity severity;
    @Column(name = "severity_rank")
    Integer severityRank;
    @Enumerated(EnumType.STRING)
    AlertStatus status;
    String title;
    String detail;
    String source;
    @Column(name = "occurred_at")
    Instant occurredAt;
    @Column(name = "updated_at")
    Instant updatedAt;
    long version;

    String getAlertId() {
        return alertId;
    }

    Integer getSeverityRank() {
        return severityRank;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }
}
