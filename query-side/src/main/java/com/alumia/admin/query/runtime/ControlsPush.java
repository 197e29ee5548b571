package com.alumia.admin.query.runtime;

import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.runtime.ResolveControlsQuery;
import com.alumia.admin.api.runtime.ResolvedControls;
import com.alumia.admin.query.common.Queries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import jakarta.annotation.PreDestroy;
import javax.sql.DataSource;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Pushes the resolved controls to the agent-loop runtimes that listen (server-sent events): the controls at once
 * on connecting, then again whenever they change for that org. Any node serves listeners: each watches the flag
 * registry's signature (every change raises a flag's version) a few times a second, so a kill switch set through
 * any node reaches every runtime within about a second; a comment every few seconds keeps idle connections open
 * and finds the ones that went away.
 */
@Component
public class ControlsPush {

    private static final Logger LOG = LoggerFactory.getLogger(ControlsPush.class);

    private record Listener(SseEmitter emitter, String orgId, String[] lastSent) {
    }

    private final Queries queries;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration keepAlive;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile String signature;
    private volatile Instant lastKeepAlive;

    ControlsPush(Queries queries, DataSource dataSource, Clock clock,
                 @Value("${alumia.runtime.push-keep-alive:15s}") Duration keepAlive) {
        this.queries = queries;
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
        this.keepAlive = keepAlive;
        this.lastKeepAlive = clock.instant();
    }

    /** A stream that starts with the org's controls as they are now. */
    public SseEmitter listen(OrgId org) {
        SseEmitter emitter = new SseEmitter(0L);
        Listener listener = new Listener(emitter, org.value(), new String[1]);
        emitter.onCompletion(() -> listeners.remove(listener));
        emitter.onTimeout(() -> listeners.remove(listener));
        emitter.onError(e -> listeners.remove(listener));
        listeners.add(listener);
        send(listener, resolve(org.value()));
        return emitter;
    }

    @Scheduled(fixedDelayString = "${alumia.runtime.push-interval:250ms}")
    void watch() {
        if (listeners.isEmpty()) {
            signature = null;
            return;
        }
        String now = jdbc.queryForObject("SELECT count(*), coalesce(sum(version), 0) FROM runtime_flag",
                (rs, n) -> rs.getLong(1) + ":" + rs.getLong(2));
        if (!now.equals(signature)) {
            signature = now;
            Map<String, ResolvedControls> resolved = new ConcurrentHashMap<>();
            for (Listener listener : listeners) {
                ResolvedControls controls = resolved.computeIfAbsent(listener.orgId(), this::resolve);
                if (!controls.fingerprint().equals(listener.lastSent()[0])) {
                    send(listener, controls);
                }
            }
        }
        if (clock.instant().isAfter(lastKeepAlive.plus(keepAlive))) {
            lastKeepAlive = clock.instant();
            for (Listener listener : listeners) {
                try {
                    listener.emitter().send(SseEmitter.event().comment("keep-alive"));
                } catch (IOException | IllegalStateException e) {
                    drop(listener);
                }
            }
        }
    }

    private ResolvedControls resolve(String orgId) {
        return queries.ask(new ResolveControlsQuery(new OrgId(orgId)), ResolvedControls.class);
    }

    private void send(Listener listener, ResolvedControls controls) {
        try {
            listener.emitter().send(SseEmitter.event().name("controls").id(controls.fingerprint()).data(controls));
            listener.lastSent()[0] = controls.fingerprint();
        } catch (IOException | IllegalStateException e) {
            LOG.debug("A runtime listening for {} went away", listener.orgId());
            drop(listener);
        }
    }

    /** Forgets a listener whose connection broke; the stream just ends (an error would be answered to no one). */
    private void drop(Listener listener) {
        listeners.remove(listener);
        try {
            listener.emitter().complete();
        } catch (IllegalStateException alreadyDone) {
            LOG.trace("stream of {} already complete", listener.orgId());
        }
    }

    @PreDestroy
    void close() {
        listeners.forEach(l -> l.emitter().complete());
        listeners.clear();
    }
}
