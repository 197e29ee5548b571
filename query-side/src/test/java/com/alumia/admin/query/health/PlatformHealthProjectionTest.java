package com.alumia.admin.query.health;

import com.alumia.admin.api.health.SignalArea;
import com.alumia.admin.api.health.SignalReportedEvent;
import com.alumia.admin.api.health.SignalStatus;
import com.alumia.admin.api.health.SignalViews;
import com.alumia.admin.query.common.BatchedWrites;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Reports in, the platform health views out, on the real schema: worst first, timelines, staleness. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class PlatformHealthProjectionTest {

    private static final Instant T0 = Instant.parse("2026-11-24T03:00:00Z");
    private static final Duration HEARTBEAT = Duration.ofMinutes(5);

    @Autowired
    DataSource dataSource;
    PlatformSignalProjection projection;
    PlatformHealthQueries queries;
    long sequence;

    @BeforeEach
    void setUp() {
        projection = new PlatformSignalProjection(new BatchedWrites(dataSource));
        queries = new PlatformHealthQueries(dataSource, HEARTBEAT);
        DefaultUnitOfWork.startAndGet(null).execute(projection::reset);
    }

    private void report(String model, SignalStatus status, SignalStatus previous, double errors, Instant at) {
        SignalReportedEvent event = new SignalReportedEvent(SignalArea.MODEL.signalId(model), SignalArea.MODEL, model,
                status, previous, Map.of("requests", 100.0, "errors", errors), Map.of("provider", "p-" + model),
                null, at);
        long seq = sequence++;
        DefaultUnitOfWork.startAndGet(null).execute(() -> projection.on(event, seq));
    }

    private SignalViews.Signals models(SignalStatus status, String label, Instant now) {
        return queries.handle(new SignalViews.FindSignalsQuery(SignalArea.MODEL, status, label, now));
    }

    @Test
    void aChangeMovesSinceAndAddsToTheTimelineAHeartbeatOnlyRefreshes() {
        report("alpha", SignalStatus.OK, null, 1, T0);
        report("alpha", SignalStatus.OK, SignalStatus.OK, 2, T0.plus(HEARTBEAT));
        SignalViews.SignalDetail refreshed = queries.handle(new SignalViews.FindSignalQuery(SignalArea.MODEL, "alpha",
                T0.plus(HEARTBEAT))).orElseThrow();
        assertThat(refreshed.signal().since()).isEqualTo(T0);
        assertThat(refreshed.signal().reportedAt()).isEqualTo(T0.plus(HEARTBEAT));
        assertThat(refreshed.signal().metrics()).containsEntry("errors", 2.0).containsEntry("errorRate", 0.02);
        assertThat(refreshed.changes()).hasSize(1);

        Instant down = T0.plus(HEARTBEAT).plusSeconds(30);
        report("alpha", SignalStatus.DOWN, SignalStatus.OK, 90, down);
        SignalViews.SignalDetail changed = queries.handle(new SignalViews.FindSignalQuery(SignalArea.MODEL, "alpha",
                down)).orElseThrow();
        assertThat(changed.signal().status()).isEqualTo(SignalStatus.DOWN);
        assertThat(changed.signal().since()).isEqualTo(down);
        assertThat(changed.changes()).extracting(SignalViews.Change::status)
                .containsExactly(SignalStatus.DOWN, SignalStatus.OK);
        assertThat(changed.changes().get(0).previous()).isEqualTo(SignalStatus.OK);
        assertThat(changed.changes().get(0).metrics()).containsEntry("errorRate", 0.9);
    }

    @Test
    void theWorstComeFirstWithCountsAndSilentSubjectsAreStale() {
        report("bravo", SignalStatus.OK, null, 0, T0);
        report("charlie", SignalStatus.DEGRADED, null, 10, T0);
        report("delta", SignalStatus.DOWN, null, 80, T0.plus(HEARTBEAT.multipliedBy(3)));
        Instant now = T0.plus(HEARTBEAT.multipliedBy(3)).plusSeconds(1);
        SignalViews.Signals all = models(null, null, now);
        assertThat(all.items()).extracting(SignalViews.Signal::subject).containsExactly("delta", "charlie", "bravo");
        assertThat(all.counts()).containsEntry("ok", 1L).containsEntry("degraded", 1L).containsEntry("down", 1L);
        assertThat(all.items()).extracting(SignalViews.Signal::stale).containsExactly(false, true, true);
        assertThat(models(SignalStatus.OK, null, now).items()).extracting(SignalViews.Signal::subject)
                .containsExactly("bravo");
        assertThat(models(null, "provider:p-charlie", now).items()).extracting(SignalViews.Signal::subject)
                .containsExactly("charlie");
        assertThat(models(null, "provider", now).items()).as("a label filter without a value").isEmpty();
    }
}
