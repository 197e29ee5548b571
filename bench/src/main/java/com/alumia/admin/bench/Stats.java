package com.alumia.admin.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Percentiles of samples taken by the harness itself (lag), in milliseconds.
 */
final class Stats {

    private Stats() {
    }

    static Map<String, Object> percentiles(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("samples", sorted.length);
        m.put("p50Ms", round(at(sorted, 0.50)));
        m.put("p90Ms", round(at(sorted, 0.90)));
        m.put("p99Ms", round(at(sorted, 0.99)));
        m.put("maxMs", round(sorted[sorted.length - 1]));
        return m;
    }

    private static double at(double[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
