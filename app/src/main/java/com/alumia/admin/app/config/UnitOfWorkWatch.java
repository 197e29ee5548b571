package com.alumia.admin.app.config;

import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.timeout.TaskTimeoutSettings;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * is cleaned up; one thread looks over the set each second ({@link #look(long)}) and takes a stack only of work
 * that is late.
 */
final class UnitOfWorkWatch {

    private static final Logger log = LoggerFactory.getLogger(UnitOfWorkWatch.class);
    private static final String WATCHED = UnitOfWorkWatch.class.getName();

    private final Set<Watched> running = ConcurrentHashMap.newKeySet();
    private final LongSupplier nanoTime;

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

        @Override
        public Object handle(UnitOfWork<? extends Message<?>> unitOfWork, InterceptorChain chain) throws Exception {
            UnitOfWork<?> root = unitOfWork.root();
            if (settings.getTimeoutMs() >= 0 && !root.resources().containsKey(WATCHED)) {
                Watched work = new Watched(Thread.currentThread(), component, settings, nanoTime.getAsLong());
                root.resources().put(WATCHED, work);
                running.add(work);
                root.onCleanup(u -> finished(work));
            }
            return chain.proceed();
        }
    }

    private void finished(Watched work) {
        running.remove(work);
        boolean interrupted;
        synchronized (work) {
            work.done = true;
            interrupted = work.interrupted;
        }
        if (interrupted && Thread.currentThread() == work.thread && Thread.interrupted()) {
            // The work has ended; its thread goes back to a pool and must not carry the interrupt into the next.
            log.warn("{} ended {} ms after it was interrupted for running out its time", work.component,
                     work.ageMs(nanoTime.getAsLong()) - work.settings.getTimeoutMs());
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
        boolean done;
        boolean interrupted;

        Watched(Thread thread, String component, TaskTimeoutSettings settings, long startedNanos) {
            this.thread = thread;
            this.component = component;
            this.settings = settings;
            this.startedNanos = startedNanos;
            this.nextWarningMs = settings.getWarningThresholdMs();
        }

        long ageMs(long now) {
            return TimeUnit.NANOSECONDS.toMillis(now - startedNanos);
        }
    }
}
