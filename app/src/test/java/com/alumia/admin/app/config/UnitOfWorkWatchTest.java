package com.alumia.admin.app.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.timeout.AxonTimeoutException;
import org.axonframework.messaging.timeout.TaskTimeoutSettings;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Late work is warned about with its stack and stopped at its timeout; work that ends leaves the watch. */
class UnitOfWorkWatchTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final AtomicLong clock = new AtomicLong();
    private final UnitOfWorkWatch watch = new UnitOfWorkWatch(clock::get);
    private final MessageHandlerInterceptor<Message<?>> interceptor =
            watch.interceptor("CommandBus", new TaskTimeoutSettings(60_000, 10_000, 1_000));
    private final Logger logger = (Logger) LoggerFactory.getLogger(UnitOfWorkWatch.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(logged);
    }

    @Test
    void lateWorkIsWarnedAboutEachIntervalAndInterruptedAtItsTimeout() throws Exception {
        AtomicReference<Thread> sleeper = new AtomicReference<>();
        CompletableFuture<Throwable> outcome = inWorker(() -> {
            sleeper.set(Thread.currentThread());
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
            return "slept";
        });
        asleep(sleeper);

        lookAt(9 * SECOND);
        assertThat(logged.list).isEmpty();
        lookAt(10 * SECOND);
        lookAt(10 * SECOND + SECOND / 2);
        lookAt(11 * SECOND);
        assertThat(logged.list).hasSize(2).allSatisfy(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).contains("CommandBus", "it is interrupted at 60000 ms",
                                                             "Thread.sleep");
        });

        lookAt(60 * SECOND);
        assertThat(outcome.get(5, TimeUnit.SECONDS)).isInstanceOf(AxonTimeoutException.class)
                .hasMessageContaining("CommandBus has timed out after 60000 ms")
                .satisfies(timeout -> assertThat(timeout.getSuppressed())
                        .hasExactlyElementsOfTypes(InterruptedException.class));
        assertThat(logged.list.get(2).getLevel()).isEqualTo(Level.ERROR);
        assertThat(logged.list.get(2).getFormattedMessage()).contains("past its timeout of 60000 ms");
        assertThat(watch.running()).isZero();
    }

    @Test
    void workThatSwallowsTheInterruptFailsAndDoesNotLeaveItOnItsThread() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean interruptedAfter = new AtomicBoolean(true);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            DefaultUnitOfWork<Message<?>> work = DefaultUnitOfWork.startAndGet(new GenericMessage<>("busy"));
            var result = work.executeWithResult(() -> interceptor.handle(work, () -> {
                started.countDown();
                while (release.getCount() > 0) {
                    Thread.onSpinWait();
                }
                return "done";
            }));
            failure.set(result.isExceptional() ? result.exceptionResult() : null);
            interruptedAfter.set(Thread.currentThread().isInterrupted());
        });
        worker.start();
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        lookAt(61 * SECOND);
        release.countDown();
        worker.join(5_000);

        assertThat(failure.get()).as("rolled back, as under Axon's timeouts").isInstanceOf(AxonTimeoutException.class);
        assertThat(interruptedAfter).isFalse();
        assertThat(logged.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.ERROR);
    }

    @Test
    void aNestedUnitOfWorkIsWatchedWithItsRootAndLeavesWithIt() throws Exception {
        DefaultUnitOfWork<Message<?>> root = DefaultUnitOfWork.startAndGet(new GenericMessage<>("root"));
        root.executeWithResult(() -> interceptor.handle(root, () -> {
            DefaultUnitOfWork<Message<?>> nested = DefaultUnitOfWork.startAndGet(new GenericMessage<>("nested"));
            nested.executeWithResult(() -> interceptor.handle(nested, () -> {
                assertThat(watch.running()).isEqualTo(1);
                return null;
            }));
            return null;
        }));

        assertThat(watch.running()).isZero();
        lookAt(120 * SECOND);
        assertThat(logged.list).isEmpty();
    }

    /** Waits until the worker is in its sleep, so that the stacks the watch takes show it there. */
    private static void asleep(AtomicReference<Thread> worker) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (worker.get() == null || worker.get().getState() != Thread.State.TIMED_WAITING) {
            assertThat(System.nanoTime()).as("the worker went to sleep").isLessThan(deadline);
            Thread.sleep(1);
        }
    }

    private void lookAt(long nanos) {
        clock.set(nanos);
        watch.look(nanos);
    }

    /** Runs {@code work} in a unit of work on a thread of its own; completes with what it threw, or null. */
    private CompletableFuture<Throwable> inWorker(org.axonframework.messaging.InterceptorChain work) {
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            DefaultUnitOfWork<Message<?>> unit = DefaultUnitOfWork.startAndGet(new GenericMessage<>("work"));
            var result = unit.executeWithResult(() -> interceptor.handle(unit, work));
            outcome.complete(result.isExceptional() ? result.exceptionResult() : null);
        });
        worker.start();
        return outcome;
    }
}
