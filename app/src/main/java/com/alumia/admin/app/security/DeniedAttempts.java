package com.alumia.admin.app.security;

import com.alumia.admin.api.security.SecurityAccessDeniedEvent;
import com.alumia.admin.app.audit.RequestMetadata;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Records refused attempts to change something in the log, as {@code security.access_denied} events. Reads are
 * not recorded. The log is immutable, so an anonymous flood must not fill it: each client address gets at most
 * {@link #PER_CLIENT_PER_MINUTE} records a minute, and the rest are only counted.
 */
@Component
public class DeniedAttempts {

    static final int PER_CLIENT_PER_MINUTE = 30;
    private static final int MAX_TRACKED_CLIENTS = 10_000;
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Logger log = LoggerFactory.getLogger(DeniedAttempts.class);

    private final EventGateway events;
    private final RequestMetadata requestMetadata;
    private final Clock clock;
    private final MeterRegistry meters;
    private final ConcurrentHashMap<String, AtomicInteger> perClient = new ConcurrentHashMap<>();
    private volatile long minute;

    DeniedAttempts(EventGateway events, RequestMetadata requestMetadata, Clock clock, MeterRegistry meters) {
        this.events = events;
        this.requestMetadata = requestMetadata;
        this.clock = clock;
        this.meters = meters;
    }

    public void record(HttpServletRequest request, HttpStatus status, String outcome) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return;
        }
        meters.counter("alumia.security.denied", "outcome", outcome).increment();
        if (!withinBudget(request.getRemoteAddr())) {
            meters.counter("alumia.security.denied.unrecorded").increment();
            return;
        }
        try {
            events.publish(GenericEventMessage.asEventMessage(new SecurityAccessDeniedEvent(request.getMethod(),
                            request.getRequestURI(), status.value(), outcome, clock.instant()))
                    .andMetaData(requestMetadata.of(request,
                                                    SecurityContextHolder.getContext().getAuthentication())));
        } catch (RuntimeException e) {
            log.warn("Could not record a denied {} {} in the log", request.getMethod(), request.getRequestURI(), e);
        }
    }

    private boolean withinBudget(String client) {
        long now = clock.millis() / 60_000;
        if (now != minute) {
            minute = now;
            perClient.clear();
        }
        if (perClient.size() >= MAX_TRACKED_CLIENTS && !perClient.containsKey(client)) {
            return false;
        }
        return perClient.computeIfAbsent(client, c -> new AtomicInteger()).incrementAndGet()
               <= PER_CLIENT_PER_MINUTE;
    }
}
