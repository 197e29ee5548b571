package com.alumia.admin.query.common;

/**
 * Page sizes: a default when the caller gives none, and a ceiling that keeps one request cheap.
 */
public final class Limits {

    public static final int DEFAULT = 50;
    public static final int MAX = 500;

    private Limits() {
    }

    public static int clamp(int requested) {
        return requested <= 0 ? DEFAULT : Math.min(requested, MAX);
    }
}
