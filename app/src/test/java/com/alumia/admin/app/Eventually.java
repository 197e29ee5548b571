package com.alumia.admin.app;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Waits for an eventually consistent view to show what a test expects.
 */
public final class Eventually {

    private Eventually() {
    }

    public static <T> T await(Supplier<T> read, java.util.function.Predicate<T> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        T last = read.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the view never showed what was expected; last read: " + last);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = read.get();
        }
        return last;
    }
}
