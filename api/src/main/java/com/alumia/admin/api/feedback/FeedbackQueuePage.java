package com.alumia.admin.api.feedback;

import java.util.List;

public record FeedbackQueuePage(List<FeedbackSummary> items, String nextCursor) {

    public FeedbackQueuePage {
        items = List.copyOf(items);
    }
}
