package com.alumia.admin.api.connector;

import java.time.Instant;

/** Which accepted connector events a replay covers; every part optional but {@code from} and {@code to}. */
public record ReplayFilter(String connector, String orgId, DeliveryStatus status, Instant from, Instant to) {
}
