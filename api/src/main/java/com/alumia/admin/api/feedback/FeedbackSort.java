package com.alumia.admin.api.feedback;

public enum FeedbackSort {
    /** Most severe first, then most recently active: the triage order. */
    SEVERITY,
    /** Most recently active first. */
    RECENT,
    /** Oldest arrival first. */
    OLDEST
}
