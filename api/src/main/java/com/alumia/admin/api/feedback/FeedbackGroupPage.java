package com.alumia.admin.api.feedback;

import java.util.List;

public record FeedbackGroupPage(List<FeedbackGroup> items, String nextCursor) {

    public FeedbackGroupPage {
        items = List.copyOf(items);
    }
}
