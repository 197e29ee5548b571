package com.alumia.admin.app.config;

import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.timeout.AxonTimeoutException;
import org.axonframework.messaging.timeout.TaskTimeoutSettings;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Warns about a unit of work that runs long, with its thread's stack, and stops it by interrupting its thread once
 * it has run out its time: what Axon's transaction timeouts do, with their settings
 * ({@code axon.timeout.transaction.*}: a warning after 10 s, another every second, interrupted after 60 s).
 * <p>
 * Axon's own take the calling thread's whole stack when each unit of work starts (to name the class that started
 * it) and schedule a warning, then cancel it: about 4 % of a command's CPU in a profile of bench/run's command mix,
 * and the same for every processor batch. Here a unit of work only joins a set when it starts and leaves it when it
 * is cleaned up; one thread of its own looks over the set each second ({@link #look(long)}) and takes a stack only
 * of work that is late. Work it interrupted fails with Axon's {@link AxonTimeoutException}, as under Axon's. The
 * log lines are this class's own, not Axon's ({@code AxonTaskJanitor}): "has run … ms; it is interrupted at …",
 * then "past its timeout …: interrupting it".
 */
final class UnitOfWorkWatch {

    private static final Logger log = LoggerFactory.getLogger(UnitOfWorkWatch.class);
    private static final String WATCHED = UnitOfWorkWatch.class.getName();

    private final Set<Watched> running = ConcurrentHashMap.newKeySet();
    private final LongSupplier nanoTime;
    private ScheduledExecutorService looker;

    UnitOfWorkWatch(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** The interceptor for one component (a bus, a processor): a root unit of work is watched from start to end. */
    Watching interceptor(String component, TaskTimeoutSettings settings) {
        return new Watching(component, settings);
    }

    final class Watching implements MessageHandlerInterceptor<Message<?>> {

        private final String component;
        private final TaskTimeoutSettings settings;

        private Watching(String component, TaskTimeoutSettings settings) {
            this.component = component;
            this.settings = settings;
        }

        /**
         * Watches the root unit of work, and fails it with Axon's {@link AxonTimeoutException} when the watch
         * interrupted it: whether the work then threw or swallowed the interrupt, it rolls back, as under Axon's
         * own timeouts.
         */
        @Override
        public Object handle(UnitOfWork<? extends Message<?>> unitOfWork, InterceptorChain chain) throws Exception {
            UnitOfWork<?> root = unitOfWork.root();
            if (settings.getTimeoutMs() < 0 || root.resources().containsKey(WATCHED)) {
                return chain.proceed();
            }
            Watched work = new Watched(Thread.currentThread(), component, settings, nanoTime.getAsLong());
            root.resources().put(WATCHED, work);
            running.add(work);
            root.onCleanup(u -> finished(work));
            Object result;
            try {
                result = chain.proceed();
            } catch (Exception e) {
                throw work.wasInterrupted() ? timedOut(work, e) : e;
            }
            if (work.wasInterrupted()) {
                throw timedOut(work, null);
            }
            return result;
        }
    }

    private static AxonTimeoutException timedOut(Watched work, Exception cause) {
        // The interrupt was the watch's, and ends with the work.
        Thread.interrupted();
        AxonTimeoutException timeout = new AxonTimeoutException(
                work.component + " has timed out after " + work.settings.getTimeoutMs() + " ms");
        if (cause != null) {
            timeout.addSuppressed(cause);
        }
        return timeout;
    }

    private void finished(Watched work) {
        running.remove(work);
        boolean interrupted;
        synchronized (work) {
            work.done = true;
            interrupted = work.interrupted;
        }
        if (interrupted && Thread.currentThread() == work.thread) {
            // Interrupted while it committed: the thread goes back to a pool and must not carry it into the next.
            Thread.interrupted();
        }
    }

    /** Looks over the running work every {@code interval} on a daemon thread of its own, until {@link #stop()}. */
    synchronized void start(Duration interval) {
        if (looker != null) {
            return;
        }
        looker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "unit-of-work-watch");
            thread.setDaemon(true);
            return thread;
        });
        looker.scheduleWithFixedDelay(() -> {
            try {
                look(nanoTime.getAsLong());
            } catch (RuntimeException e) {
                // A failed look must not end the looking: the scheduler runs nothing more after a task throws.
                log.error("Could not look over the running units of work", e);
            }
        }, interval.toNanos(), interval.toNanos(), TimeUnit.NANOSECONDS);
    }

    synchronized void stop() {
        if (looker != null) {
            looker.shutdownNow();
            looker = null;
        }
    }

    /** Warns about the work that is late at {@code now} and interrupts the work that has run out its time. */
    void look(long now) {
        for (Watched work : running) {
            long age = work.ageMs(now);
            TaskTimeoutSettings settings = work.settings;
            if (age >= settings.getTimeoutMs()) {
                synchronized (work) {
                    if (!work.done && !work.interrupted) {
                        work.interrupted = true;
                        log.error("{} on thread [{}] has run {} ms, past its timeout of {} ms: interrupting it.\n{}",
                                  work.component, work.thread.getName(), age, settings.getTimeoutMs(),
                                  stackOf(work.thread));
                        work.thread.interrupt();
                    }
                }
            } else if (warns(settings) && age >= work.nextWarningMs) {
                work.nextWarningMs = age + Math.max(1, settings.getWarningIntervalMs());
                log.warn("{} on thread [{}] has run {} ms; it is interrupted at {} ms.\n{}", work.component,
                         work.thread.getName(), age, settings.getTimeoutMs(), stackOf(work.thread));
            }
        }
    }

    /** How many units of work are being watched. */
    int running() {
        return running.size();
    }

    private static boolean warns(TaskTimeoutSettings settings) {
        return settings.getWarningThresholdMs() >= 0 && settings.getWarningThresholdMs() < settings.getTimeoutMs();
    }

    private static String stackOf(Thread thread) {
        StringBuilder stack = new StringBuilder();
        for (StackTraceElement frame : thread.getStackTrace()) {
            stack.append("\tat ").append(frame).append('\n');
        }
        return stack.toString();
    }

    private static final class Watched {

        final Thread thread;
        final String component;
        final TaskTimeoutSettings settings;
        final long startedNanos;
        /** Read and written by the looking thread only. */
        long nextWarningMs;
        /** Guarded by this: the work's own thread sets {@code done}, the looking thread {@code interrupted}. */
        boolean done;
        boolean interrupted;

        Watched(Thread thread, String component, TaskTimeoutSettings settings, long startedNanos) {
            this.thread = thread;
            this.component = component;
            this.settings = settings;
            this.startedNanos = startedNanos;
            this.nextWarningMs = settings.getWarningThresholdMs();
        }

        synchronized boolean wasInterrupted() {
            return interrupted;
        }

        long ageMs(long now) {
            return TimeUnit.NANOSECONDS.toMillis(now - startedNanos);
        }
    }
}
