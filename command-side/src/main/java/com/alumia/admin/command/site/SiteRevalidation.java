package com.alumia.admin.command.site;

import com.alumia.admin.api.common.AuditActions;
import com.alumia.admin.api.site.PageId;
import com.alumia.admin.api.site.RevertTarget;
import com.alumia.admin.api.site.SiteArchivedEvent;
import com.alumia.admin.api.site.SitePublishedEvent;
import com.alumia.admin.api.site.SiteRevertedEvent;
import com.alumia.admin.api.site.Slug;
import com.alumia.admin.command.common.SignedPost;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells the front end to revalidate a page's public path and the sitemap after the page was published, archived
 * or reverted live: an HMAC-signed POST, tried again with growing waits, and after the last try the event goes to
 * the processor's dead-letter queue (retry it from the processors screen once the front end is back). It never
 * fires during a replay. Each attempt's outcome is kept per page in a transaction of its own.
 * <p>
 * The request: {@code POST <url>} with {@code {"paths":["/site/<slug>","/sitemap.xml"],"pageId":…,"eventId":…,
 * "action":…}}, {@code X-Alumia-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">} and
 * {@code Idempotency-Key: <event id>}.
 */
@Component
@ProcessingGroup(SiteRevalidation.GROUP)
class SiteRevalidation {

    static final String GROUP = "site-revalidation";
    private static final Logger LOG = LoggerFactory.getLogger(SiteRevalidation.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RevalidationProperties properties;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final HttpClient http;

    SiteRevalidation(RevalidationProperties properties, JdbcTemplate jdbc, PlatformTransactionManager transactions,
                     Clock clock) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
    }

    @EventHandler
    @DisallowReplay
    void on(SitePublishedEvent event, EventMessage<?> message) throws InterruptedException {
        revalidate(event.pageId(), event.slug(), message);
    }

    @EventHandler
    @DisallowReplay
    void on(SiteArchivedEvent event, EventMessage<?> message) throws InterruptedException {
        revalidate(event.pageId(), event.slug(), message);
    }

    @EventHandler
    @DisallowReplay
    void on(SiteRevertedEvent event, EventMessage<?> message) throws InterruptedException {
        if (event.target() == RevertTarget.PUBLISHED) {
            revalidate(event.pageId(), event.slug(), message);
        }
    }

    private void revalidate(PageId page, Slug slug, EventMessage<?> message) throws InterruptedException {
        List<String> paths = List.of("/site/" + slug, "/sitemap.xml");
        String action = AuditActions.of(message.getPayloadType());
        if (properties.url() == null) {
            record(page, message, action, paths, "not_configured", 0, null, "no revalidation endpoint configured");
            return;
        }
        String body = body(page, message, action, paths);
        String error = null;
        for (int attempt = 1; attempt <= properties.attempts(); attempt++) {
            SignedPost.Outcome outcome = SignedPost.send(http, properties.url(), String.valueOf(properties.secret()),
                    message.getIdentifier(), "application/json", body, Map.of(), properties.timeout(), clock);
            if (outcome.acknowledged()) {
                record(page, message, action, paths, "succeeded", attempt, outcome.status(), null);
                return;
            }
            error = outcome.error();
            boolean last = attempt == properties.attempts();
            record(page, message, action, paths, last ? "failed" : "retrying", attempt, outcome.status(), error);
            if (!last) {
                Thread.sleep(SignedPost.backoff(attempt, properties.initialBackoff(), properties.maxBackoff())
                                       .toMillis());
            }
        }
        LOG.warn("Revalidation of {} for {} failed after {} attempts: {}", paths, page, properties.attempts(), error);
        throw new RevalidationFailedException(page, error);
    }

    private String body(PageId page, EventMessage<?> message, String action, List<String> paths) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("paths", paths);
        body.put("pageId", page.value());
        body.put("eventId", message.getIdentifier());
        body.put("action", action);
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void record(PageId page, EventMessage<?> message, String action, List<String> paths, String status,
                        int attempts, Integer httpStatus, String error) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        String shortError = error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
        ownTransaction.executeWithoutResult(tx -> {
            jdbc.update("DELETE FROM site_revalidation WHERE page_id = ?", page.value());
            jdbc.update("INSERT INTO site_revalidation (page_id, event_id, action, paths, status, attempts, "
                        + "http_status, last_error, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", page.value(),
                    message.getIdentifier(), action, String.join(" ", paths), status, attempts, httpStatus,
                    shortError, now);
        });
    }

    /** The front end did not take the revalidation after every try; the event goes to the dead-letter queue. */
    static final class RevalidationFailedException extends RuntimeException {

        RevalidationFailedException(PageId page, String error) {
            super("revalidation of " + page + " failed: " + error);
        }
    }
}
