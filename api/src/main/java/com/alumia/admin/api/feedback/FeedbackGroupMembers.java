package com.alumia.admin.api.feedback;

import java.util.List;

/**
 * Every item of a group with its status and version, for applying one transition to the whole group.
 */
public record FeedbackGroupMembers(String fingerprint, List<Member> members) {

    public record Member(FeedbackId feedbackId, FeedbackStatus status, long version) {
    }

    public FeedbackGroupMembers {
        members = List.copyOf(members);
    }
}
