package com.alumia.admin.app;

import com.alumia.admin.api.feedback.FeedbackReceivedEvent;
import com.alumia.admin.api.feedback.FeedbackTriagedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A projection for the dead-letter tests: its handler throws for feedback whose text contains "poison" while
 * {@link #failing} is set, as a projection with a bug would.
 */
@Component
@ProcessingGroup(PoisonProjection.GROUP)
public class PoisonProjection {

    static final String GROUP = "test-poison";
    static volatile boolean failing = true;
    static final List<String> handled = new CopyOnWriteArrayList<>();

    @EventHandler
    void on(FeedbackReceivedEvent event) {
        if (event.text().contains("poison")) {
            handle("received " + event.feedbackId().value());
        }
    }

    @EventHandler
    void on(FeedbackTriagedEvent event) {
        if (event.note() != null && event.note().contains("poison")) {
            handle("triaged " + event.feedbackId().value());
        }
    }

    private static void handle(String what) {
        if (failing) {
            throw new IllegalStateException("cannot project " + what);
        }
        handled.add(what);
    }
}
