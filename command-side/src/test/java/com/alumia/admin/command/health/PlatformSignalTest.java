package com.alumia.admin.command.health;

import com.alumia.admin.api.health.ReportSignalCommand;
import com.alumia.admin.api.health.SignalArea;
import com.alumia.admin.api.health.SignalReportedEvent;
import com.alumia.admin.api.health.SignalStatus;
import com.alumia.admin.command.common.DomainException;
import com.alumia.admin.api.common.RuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static com.alumia.admin.command.common.BrokenRule.rule;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlatformSignalTest {

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    private static final Duration HEARTBEAT = Duration.ofMinutes(5);
    private static final Map<String, Double> METRICS = Map.of("requests", 100.0, "errors", 1.0);
    private static final Map<String, String> LABELS = Map.of("provider", "anthropic");

    private final AggregateTestFixture<PlatformSignal> fixture = new AggregateTestFixture<>(PlatformSignal.class);

    private static ReportSignalCommand report(SignalStatus status, Instant at) {
        return new ReportSignalCommand(SignalArea.MODEL, "claude", status, METRICS, LABELS, null, at, HEARTBEAT);
    }

    private static SignalReportedEvent reported(SignalStatus status, SignalStatus previous, Instant at) {
        return new SignalReportedEvent("models:claude", SignalArea.MODEL, "claude", status, previous, METRICS, LABELS,
                null, at);
    }

    @Test
    void theFirstReportIsRecorded() {
        fixture.givenNoPriorActivity()
               .when(report(SignalStatus.OK, T0))
               .expectEvents(reported(SignalStatus.OK, null, T0))
               .expectResultMessagePayload(true);
    }

    @Test
    void theSameStatusWithinTheHeartbeatIsNotRecorded() {
        fixture.given(reported(SignalStatus.OK, null, T0))
               .when(report(SignalStatus.OK, T0.plus(HEARTBEAT).minusSeconds(1)))
               .expectNoEvents()
               .expectResultMessagePayload(false);
    }

    @Test
    void aHeartbeatLaterTheNumbersAreRecordedAgain() {
        fixture.given(reported(SignalStatus.OK, null, T0))
               .when(report(SignalStatus.OK, T0.plus(HEARTBEAT)))
               .expectEvents(reported(SignalStatus.OK, SignalStatus.OK, T0.plus(HEARTBEAT)));
    }

    @Test
    void aChangeOfStatusIsRecordedAtOnce() {
        fixture.given(reported(SignalStatus.OK, null, T0))
               .when(report(SignalStatus.DOWN, T0.plusSeconds(10)))
               .expectEvents(reported(SignalStatus.DOWN, SignalStatus.OK, T0.plusSeconds(10)));
    }

    @Test
    void aReportWithoutTheAreasMetricsOrLabelsIsRefused() {
        fixture.givenNoPriorActivity()
               .when(new ReportSignalCommand(SignalArea.MODEL, "claude", SignalStatus.OK, Map.of("requests", 1.0),
                       LABELS, null, T0, HEARTBEAT))
               .expectException(rule(RuleViolation.Kind.INVALID, "health.metric_missing"))
               .expectNoEvents();
        fixture.givenNoPriorActivity()
               .when(new ReportSignalCommand(SignalArea.MODEL, "claude", SignalStatus.OK, METRICS, Map.of(), null,
                       T0, HEARTBEAT))
               .expectException(rule(RuleViolation.Kind.INVALID, "health.label_missing"))
               .expectNoEvents();
        new AggregateTestFixture<>(PlatformSignal.class).givenNoPriorActivity()
               .when(new ReportSignalCommand(SignalArea.SANDBOX_QUEUE, "pool", SignalStatus.OK,
                       Map.of("queued", Double.NaN, "running", 1.0, "oldestQueuedSeconds", 1.0), Map.of(), null, T0,
                       HEARTBEAT))
               .expectException(rule(RuleViolation.Kind.INVALID, "health.metric_invalid"))
               .expectNoEvents();
    }

    @Test
    void subjectsAreShortNamesSafeInUrls() {
        PlatformSignal.subject("claude-3.5@eu:v2");
        assertThatThrownBy(() -> PlatformSignal.subject("a b")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> PlatformSignal.subject("-x")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> PlatformSignal.subject("x".repeat(201))).isInstanceOf(DomainException.class);
    }
}
