package com.alumia.admin.api.feedback;

public enum FeedbackStatus {
    OPEN, TRIAGED, IN_PROGRESS, DONE, ARCHIVED
}
