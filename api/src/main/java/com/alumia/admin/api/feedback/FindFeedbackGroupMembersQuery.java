package com.alumia.admin.api.feedback;

public record FindFeedbackGroupMembersQuery(String fingerprint) {
}
