package com.alumia.admin.api.feedback;

import com.alumia.admin.api.common.Identifiers;

public record FeedbackId(String value) {

    public FeedbackId {
        Identifiers.require("feedback id", value);
    }

    public static FeedbackId newId() {
        return new FeedbackId(Identifiers.newValue("fb"));
    }

    @Override
    public String toString() {
        return value;
    }
}
