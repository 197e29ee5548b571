package com.alumia.admin.query.feedback;

import com.alumia.admin.api.feedback.FeedbackStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.Hibernate;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One state a feedback item has been in, from {@code updatedAt} until its next version. */
@Entity
@Immutable
@Table(name = "feedback_item_version")
@IdClass(FeedbackItemVersion.Key.class)
class FeedbackItemVersion {

    static final class Key implements Serializable {

        String feedbackId;
        long version;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.version == version && Objects.equals(k.feedbackId, feedbackId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(feedbackId, version);
        }
    }

    @Id
    @Column(name = "feedback_id")
    String feedbackId;
    @Id
    long version;
    @Enumerated(EnumType.STRING)
    FeedbackStatus status;
    String assignee;
    @Column(name = "updated_at")
    Instant updatedAt;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "feedback_id", insertable = false, updatable = false)
    FeedbackItem item;

    /** The item, loaded (with up to a hundred others of the page at once): its fields are read directly. */
    FeedbackItem item() {
        return (FeedbackItem) Hibernate.unproxy(item);
    }
}
