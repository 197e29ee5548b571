package com.alumia.admin.api.connector;

/**
 * Where an accepted connector event stands with the worker: {@code PENDING} (first attempt due), {@code RETRYING}
 * (an attempt failed, the next is scheduled), {@code DELIVERED} (the worker acknowledged it with a 2xx) or
 * {@code DEAD_LETTERED} (every attempt failed; a replay sends it again).
 */
public enum DeliveryStatus {
    PENDING, RETRYING, DELIVERED, DEAD_LETTERED
}
