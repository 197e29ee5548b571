package com.alumia.admin.command.broadcast;

import com.alumia.admin.api.broadcast.BroadcastAudience;
import com.alumia.admin.api.broadcast.BroadcastChunkAttemptedEvent;
import com.alumia.admin.api.broadcast.BroadcastCompletedEvent;
import com.alumia.admin.api.broadcast.BroadcastRequestedEvent;
import com.alumia.admin.api.broadcast.BroadcastSeverity;
import com.alumia.admin.api.broadcast.RecordBroadcastChunkCommand;
import com.alumia.admin.api.broadcast.RequestBroadcastCommand;
import com.alumia.admin.api.common.RuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static com.alumia.admin.command.common.BrokenRule.rule;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class BroadcastTest {

    private static final BroadcastAudience ALL = new BroadcastAudience(null, false, null, null);
    private static final List<String> ORGS = List.of("org-a", "org-b", "org-c");
    private static final BroadcastRequestedEvent REQUESTED = new BroadcastRequestedEvent("bc_1", "Maintenance",
            "Sunday", BroadcastSeverity.WARNING, ALL, ORGS, 2);
    private static final Instant LATER = Instant.parse("2026-11-24T10:00:00Z");

    private final AggregateTestFixture<Broadcast> fixture = new AggregateTestFixture<>(Broadcast.class);
    private final BroadcastQueue queue = mock(BroadcastQueue.class);

    @BeforeEach
    void setUp() {
        when(queue.chunkSize()).thenReturn(2);
        fixture.registerInjectableResource(queue);
    }

    @Test
    void aRequestIsRecordedAndItsChunksQueuedOnce() {
        fixture.givenNoPriorActivity()
               .when(new RequestBroadcastCommand("bc_1", "Maintenance", "Sunday", BroadcastSeverity.WARNING, ALL,
                       ORGS))
               .expectEvents(REQUESTED)
               .expectResultMessagePayload(true);
        verify(queue).open(any(), any(), any(), any(), any(), any());
    }

    @Test
    void requestingItAgainChangesNothing() {
        fixture.given(REQUESTED)
               .when(new RequestBroadcastCommand("bc_1", "Other", "Other", BroadcastSeverity.INFO, ALL, ORGS))
               .expectNoEvents()
               .expectResultMessagePayload(false);
        verify(queue, never()).open(any(), any(), any(), any(), any(), any());
    }

    @Test
    void anAudienceWithoutOrgsIsRefused() {
        fixture.givenNoPriorActivity()
               .when(new RequestBroadcastCommand("bc_1", "Maintenance", "Sunday", BroadcastSeverity.WARNING, ALL,
                       List.of()))
               .expectException(rule(RuleViolation.Kind.CONFLICT, "broadcast.no_recipients"));
    }

    @Test
    void itCompletesWhenEveryChunkIsDeliveredOrFailedForGood() {
        fixture.given(REQUESTED, new BroadcastChunkAttemptedEvent("bc_1", 0, 2, 1, 200, 5, null, null, "delivered"),
                      new BroadcastChunkAttemptedEvent("bc_1", 1, 1, 1, 503, 5, "HTTP 503", LATER, "retrying"))
               .when(new RecordBroadcastChunkCommand("bc_1", 1, 2, 503, 5, "HTTP 503", null))
               .expectEvents(new BroadcastChunkAttemptedEvent("bc_1", 1, 1, 2, 503, 5, "HTTP 503", null, "failed"),
                       new BroadcastCompletedEvent("bc_1", 2, 1));
    }

    @Test
    void aSettledChunkOrAnAttemptOutOfOrderIsRefused() {
        fixture.given(REQUESTED, new BroadcastChunkAttemptedEvent("bc_1", 0, 2, 1, 200, 5, null, null, "delivered"))
               .when(new RecordBroadcastChunkCommand("bc_1", 0, 2, 200, 5, null, null))
               .expectException(rule(RuleViolation.Kind.CONFLICT, "broadcast.chunk_settled"));
        new AggregateTestFixture<>(Broadcast.class).given(REQUESTED)
               .when(new RecordBroadcastChunkCommand("bc_1", 1, 3, 200, 5, null, null))
               .expectException(rule(RuleViolation.Kind.CONFLICT, "broadcast.attempt_out_of_order"));
    }
}
