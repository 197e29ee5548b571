package com.alumia.admin.app;

import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.common.Severity;
import com.alumia.admin.api.feedback.Classification;
import com.alumia.admin.api.feedback.FeedbackContext;
import com.alumia.admin.api.feedback.FeedbackId;
import com.alumia.admin.api.feedback.FeedbackReceivedEvent;
import com.alumia.admin.api.feedback.ProbeClass;
import com.alumia.admin.api.feedback.SignalCategory;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An append whose commit lands long after the gap timeout is still delivered to a projection that was behind.
 * Without the append fence, the projection would read the later event first, find it older than the gap timeout,
 * drop the hole before it, and never see the slow event.
 */
@ApplicationTest
@TestPropertySource(properties = "alumia.event-store.gap-timeout=500ms")
class DelayedCommitDeliveryTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    EventProcessingConfiguration processing;
    @LocalServerPort
    int port;

    @Test
    void aCommitDelayedBeyondTheGapTimeoutStillReachesAProjectionThatWasBehind() throws Exception {
        EventProcessor queue = processing.eventProcessor("feedback-queue").orElseThrow();
        queue.shutDown();
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        FeedbackId slow = FeedbackId.newId();
        // A thread of its own: the common pool has a single thread on a two-core machine, and other libraries
        // (the DNS resolver among them) queue work on it.
        ExecutorService slowThread = Executors.newSingleThreadExecutor(task -> new Thread(task, "slow-commit"));
        CompletableFuture<Void> slowCommit = CompletableFuture.runAsync(() ->
                new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
                    eventStore.publish(new GenericDomainEventMessage<>("Feedback", slow.value(), 0,
                            new FeedbackReceivedEvent(slow, new OrgId("org-slow"), "u", "slow commit",
                                    FeedbackContext.NONE, new Classification(ProbeClass.NONE,
                                    SignalCategory.PRODUCT_SIGNAL, Severity.INFO, "slow", List.of()),
                                    Instant.now())));
                    appended.countDown();
                    await(release);
                }), slowThread);
        slowThread.shutdown();
        assertThat(appended.await(30, TimeUnit.SECONDS)).as(() -> "the slow append was made; " + (slowCommit.isDone()
                ? "it ended with " + slowCommit.handle((done, failure) -> String.valueOf(failure)).join()
                : "it is at " + stackOf("slow-commit"))).isTrue();

        Http http = new Http(port);
        Http.Response fast = http.post("/api/v1/feedback", TestTokens.token("svc", "ingest"),
                                       "{\"orgId\":\"org-slow\",\"text\":\"fast commit\"}");
        assertThat(fast.status()).isEqualTo(201);
        Thread.sleep(1_200);
        queue.start();
        Thread.sleep(800);
        release.countDown();
        slowCommit.get(30, TimeUnit.SECONDS);

        String admin = TestTokens.token("ops", "admin");
        Http.Response both = Eventually.await(() -> http.get("/api/v1/admin/feedback?orgId=org-slow", admin),
                r -> r.status() == 200 && r.json().get("items").size() == 2);
        assertThat(both.json().findValuesAsText("feedbackId")).contains(slow.value());
    }

    private static String stackOf(String threadName) {
        return Thread.getAllStackTraces().entrySet().stream()
                     .filter(thread -> thread.getKey().getName().equals(threadName))
                     .map(thread -> Arrays.toString(thread.getValue()))
                     .findFirst().orElse("(no such thread)");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
