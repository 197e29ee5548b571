package com.alumia.admin.app.ops;

import com.alumia.admin.api.feedback.FeedbackReceivedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A processing group as the side-effect tests need it: a view that a rebuild replays, beside a handler that sends
 * something (a notification, a webhook) and must not send it again when the log is replayed. Both count feedback
 * whose text names them.
 */
final class SideEffectProbe {

    static final String GROUP = "test-side-effects";
    static final String MARK = "side-effect probe";
    static final List<String> projected = new CopyOnWriteArrayList<>();
    static final List<String> sent = new CopyOnWriteArrayList<>();

    private SideEffectProbe() {
    }

    @Component
    @ProcessingGroup(GROUP)
    static class View {

        @EventHandler
        void on(FeedbackReceivedEvent event) {
            if (event.text().contains(MARK)) {
                projected.add(event.feedbackId().value());
            }
        }

        @ResetHandler
        void reset() {
            projected.clear();
        }
    }

    @Component
    @ProcessingGroup(GROUP)
    static class Sender {

        @EventHandler
        @DisallowReplay
        void on(FeedbackReceivedEvent event) {
            if (event.text().contains(MARK)) {
                sent.add(event.feedbackId().value());
            }
        }
    }
}
