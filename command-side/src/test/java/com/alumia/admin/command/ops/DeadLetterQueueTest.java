package com.alumia.admin.command.ops;

import com.alumia.admin.api.ops.DeadLetterQueues;
import com.alumia.admin.api.ops.EvictDeadLettersCommand;
import com.alumia.admin.api.ops.ProcessingDeadLettersEvictedEvent;
import com.alumia.admin.api.ops.ProcessingDeadLettersRetryRequestedEvent;
import com.alumia.admin.api.ops.RetryDeadLettersCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

class DeadLetterQueueTest {

    private static final String QUEUE = DeadLetterQueues.id("feedback-queue");

    private final AggregateTestFixture<DeadLetterQueue> fixture = new AggregateTestFixture<>(DeadLetterQueue.class);

    @Test
    void aRetryOfEverySequenceIsRecorded() {
        fixture.givenNoPriorActivity()
               .when(new RetryDeadLettersCommand(QUEUE, "feedback-queue", null, 3))
               .expectEvents(new ProcessingDeadLettersRetryRequestedEvent("feedback-queue", null, 3));
    }

    @Test
    void anEvictionRecordsTheEventsTheViewWillMiss() {
        fixture.given(new ProcessingDeadLettersRetryRequestedEvent("feedback-queue", "fb_1", 1))
               .when(new EvictDeadLettersCommand(QUEUE, "feedback-queue", "fb_1", List.of("ev-1", "ev-2")))
               .expectEvents(new ProcessingDeadLettersEvictedEvent("feedback-queue", "fb_1",
                       List.of("ev-1", "ev-2")));
    }
}
