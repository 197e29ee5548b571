package com.alumia.admin.app.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The stored responses behind {@link IdempotencyFilter}, each in its own short transaction.
 */
@Component
class IdempotencyStore {

    record Record(String requestHash, boolean completed, Integer status, String contentType, String location,
                  String etag, byte[] body) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration retention;

    IdempotencyStore(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock,
                     @Value("${alumia.idempotency.retention:24h}") Duration retention) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.retention = retention;
    }

    /**
     * Claims the key for a new request.
     *
     * @return empty when the claim succeeded; otherwise the earlier request's record
     */
    Optional<Record> begin(String actor, String key, String method, String path, String requestHash) {
        Instant now = clock.instant();
        return transactions.execute(status -> {
            jdbc.update("DELETE FROM idempotency_record WHERE actor = ? AND idem_key = ? AND created_at < ?",
                        actor, key, Timestamp.from(now.minus(retention)));
            int claimed = jdbc.update("INSERT INTO idempotency_record (actor, idem_key, method, path, request_hash, "
                                      + "state, created_at) VALUES (?, ?, ?, ?, ?, 'RUNNING', ?) "
                                      + "ON CONFLICT DO NOTHING",
                                      actor, key, method, path, requestHash, Timestamp.from(now));
            if (claimed == 1) {
                return Optional.<Record>empty();
            }
            // The earlier request may have failed and released the key since the insert; answer "still running"
            // then, and the caller's retry claims it.
            return Optional.of(jdbc.query(
                    "SELECT request_hash, state, status, content_type, location, etag, body "
                    + "FROM idempotency_record WHERE actor = ? AND idem_key = ?",
                    (rs, i) -> new Record(rs.getString(1), "DONE".equals(rs.getString(2)),
                                          (Integer) rs.getObject(3), rs.getString(4), rs.getString(5),
                                          rs.getString(6), rs.getBytes(7)),
                    actor, key).stream().findFirst().orElse(new Record(requestHash, false, null, null, null,
                                                                       null, null)));
        });
    }

    void complete(String actor, String key, int status, String contentType, String location, String etag,
                  byte[] body) {
        transactions.executeWithoutResult(s -> jdbc.update(
                "UPDATE idempotency_record SET state = 'DONE', status = ?, content_type = ?, location = ?, etag = ?, "
                + "body = ? WHERE actor = ? AND idem_key = ?",
                status, contentType, location, etag, body, actor, key));
    }

    void forget(String actor, String key) {
        transactions.executeWithoutResult(s -> jdbc.update(
                "DELETE FROM idempotency_record WHERE actor = ? AND idem_key = ? AND state = 'RUNNING'", actor, key));
    }

    @Scheduled(fixedDelayString = "${alumia.idempotency.purge-interval:PT1H}")
    void purgeExpired() {
        transactions.executeWithoutResult(s -> jdbc.update("DELETE FROM idempotency_record WHERE created_at < ?",
                                                           Timestamp.from(clock.instant().minus(retention))));
    }
}
