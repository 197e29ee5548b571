package com.alumia.admin.query.rollout;

import com.alumia.admin.api.connector.ConnectorViews;
import com.alumia.admin.api.health.SignalArea;
import com.alumia.admin.api.health.SignalStatus;
import com.alumia.admin.api.health.SignalViews;
import com.alumia.admin.api.usage.UsageViews;
import com.alumia.admin.query.common.Queries;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static com.alumia.admin.query.common.BatchedWrites.time;

/**
 * The checklist an operator runs before every major rollout, in one read: go when every check that can run passes.
 * Checks of areas the platform does not have yet say so ({@code not_built}), and so do checks of areas no service
 * has reported on yet ({@code no_data}); neither decides.
 */
@RestController
class RolloutReadinessController {

    private final Queries queries;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration viewBudget;
    private final double modelErrorRate;

    RolloutReadinessController(Queries queries, DataSource dataSource, Clock clock,
                               @Value("${alumia.rollout.view-budget:500ms}") Duration viewBudget,
                               @Value("${alumia.rollout.model-error-rate:0.05}") double modelErrorRate) {
        this.queries = queries;
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
        this.viewBudget = viewBudget;
        this.modelErrorRate = modelErrorRate;
    }

    /** @param status {@code passed}, {@code failed}, {@code not_built} or {@code no_data} */
    record Check(String check, String status, String reason) {

        static Check of(String check, boolean passed, String reason) {
            return new Check(check, passed ? "passed" : "failed", reason);
        }
    }

    record Readiness(boolean go, Instant checkedAt, List<Check> checks) {
    }

    @GetMapping("/api/v1/admin/rollout/readiness")
    Readiness readiness(@RequestParam(defaultValue = "PT1H") Duration deliveryWindow) {
        Instant now = clock.instant();
        List<Check> checks = new ArrayList<>();
        checks.add(viewsRespond(now));
        checks.add(modelCatalog(now));
        checks.add(connectorDeliveries(now.minus(deliveryWindow), deliveryWindow));
        checks.add(criticalFeedback());
        checks.add(allOk("runtime_queues", SignalArea.RUNTIME_CHECK, now, "runtime health checks"));
        checks.add(allOk("sandbox_queues", SignalArea.SANDBOX_QUEUE, now, "sandbox queues"));
        checks.add(deploymentTargets());
        boolean go = checks.stream().noneMatch(c -> c.status().equals("failed"));
        return new Readiness(go, now, checks);
    }

    /** The usage views answer within their budget (a read of each, timed). */
    private Check viewsRespond(Instant now) {
        Map<String, Long> millis = new java.util.LinkedHashMap<>();
        millis.put("models", timed(() -> signals(SignalArea.MODEL, now)));
        millis.put("usage spend", timed(() -> queries.ask(new UsageViews.FindSpendQuery(null, now),
                UsageViews.Spends.class)));
        millis.put("usage review", timed(() -> queries.ask(new UsageViews.ReviewQuery(now.minus(Duration.ofDays(7)),
                now, null, 10), UsageViews.Review.class)));
        millis.put("connector events", timed(() -> queries.ask(new ConnectorViews.FindEventsQuery(null, null, null,
                null, null, 50), ConnectorViews.Events.class)));
        List<String> slow = millis.entrySet().stream().filter(e -> e.getValue() > viewBudget.toMillis())
                                  .map(e -> e.getKey() + " " + e.getValue() + " ms").toList();
        String all = millis.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " ms")
                           .collect(Collectors.joining(", "));
        return Check.of("views_respond", slow.isEmpty(), slow.isEmpty()
                ? "within " + viewBudget.toMillis() + " ms: " + all
                : "over " + viewBudget.toMillis() + " ms: " + String.join(", ", slow));
    }

    /** No model unavailable, degraded, silent for three heartbeats, or failing more often than the threshold. */
    private Check modelCatalog(Instant now) {
        SignalViews.Signals models = signals(SignalArea.MODEL, now);
        if (models.items().isEmpty()) {
            return new Check("model_catalog", "no_data", "no model has been reported on yet");
        }
        List<String> failing = models.items().stream()
                .filter(m -> m.status() != SignalStatus.OK || m.stale()
                             || m.metrics().getOrDefault("errorRate", 0.0) > modelErrorRate)
                .map(m -> m.subject() + ": " + describe(m) + ", error rate "
                          + String.format(java.util.Locale.ROOT, "%.1f%%", 100 * m.metrics().getOrDefault("errorRate",
                        0.0)))
                .toList();
        return Check.of("model_catalog", failing.isEmpty(), failing.isEmpty()
                ? "all " + models.items().size() + " models available, error rates at most "
                  + String.format(java.util.Locale.ROOT, "%.1f%%", 100 * modelErrorRate)
                : "not ready: " + String.join("; ", failing));
    }

    /** Every subject of the area reported ok and recently: a degraded queue is a spike to clear first. */
    private Check allOk(String check, SignalArea area, Instant now, String what) {
        SignalViews.Signals signals = signals(area, now);
        if (signals.items().isEmpty()) {
            return new Check(check, "no_data", "no " + what + " have been reported yet");
        }
        List<String> failing = signals.items().stream().filter(s -> s.status() != SignalStatus.OK || s.stale())
                                      .map(s -> s.subject() + ": " + describe(s)
                                                + (s.detail() == null ? "" : " (" + s.detail() + ")")).toList();
        return Check.of(check, failing.isEmpty(), failing.isEmpty()
                ? "all " + signals.items().size() + " " + what + " ok"
                : "not ready: " + String.join("; ", failing));
    }

    private static String describe(SignalViews.Signal signal) {
        return signal.status().name().toLowerCase(java.util.Locale.ROOT) + " since " + signal.since()
               + (signal.stale() ? ", no report since " + signal.reportedAt() : "");
    }

    private SignalViews.Signals signals(SignalArea area, Instant now) {
        return queries.ask(new SignalViews.FindSignalsQuery(area, null, null, now), SignalViews.Signals.class);
    }

    private Check connectorDeliveries(Instant since, Duration window) {
        List<Map<String, Object>> failing = jdbc.queryForList("SELECT connector, status, count(*) AS n "
                + "FROM connector_event_view WHERE status IN ('DEAD_LETTERED', 'RETRYING') AND last_attempt_at >= ? "
                + "GROUP BY connector, status ORDER BY connector, status", time(since));
        String summary = failing.stream().map(r -> r.get("connector") + ": " + r.get("n") + " "
                + r.get("status").toString().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(", "));
        return Check.of("connector_deliveries", failing.isEmpty(), failing.isEmpty()
                ? "no delivery failures in the last " + window.toMinutes() + " min"
                : "delivery failures in the last " + window.toMinutes() + " min: " + summary);
    }

    private Check criticalFeedback() {
        Long open = jdbc.queryForObject("SELECT count(*) FROM feedback_item WHERE severity = 'CRITICAL' "
                                        + "AND status IN ('OPEN', 'TRIAGED', 'IN_PROGRESS')", Long.class);
        return Check.of("critical_feedback", open == 0, open == 0 ? "no open feedback of critical severity"
                : open + " open feedback item(s) of critical severity");
    }

    private Check deploymentTargets() {
        List<String> unready = jdbc.queryForList("""
                SELECT t.name || ' (' || t.target_id || '): ' || LOWER(t.health)
                       || CASE WHEN EXISTS (SELECT 1 FROM deployment_incident i WHERE i.target_id = t.target_id
                                            AND i.resolved_at IS NULL) THEN ', incident open' ELSE '' END
                FROM deployment_target t
                WHERE t.health <> 'HEALTHY' OR EXISTS (SELECT 1 FROM deployment_incident i
                                                       WHERE i.target_id = t.target_id AND i.resolved_at IS NULL)
                ORDER BY t.name""", String.class);
        Long targets = jdbc.queryForObject("SELECT count(*) FROM deployment_target", Long.class);
        return Check.of("deployment_targets", unready.isEmpty(), targets == 0 ? "no deployment targets"
                : unready.isEmpty() ? "all " + targets + " targets healthy, no open incident"
                : "not ready: " + String.join("; ", unready));
    }

    private static long timed(Supplier<?> read) {
        long started = System.nanoTime();
        read.get();
        return (System.nanoTime() - started) / 1_000_000;
    }
}
