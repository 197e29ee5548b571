package com.alumia.admin.query.usage;

import com.alumia.admin.api.usage.BudgetPaymentStatusChangedEvent;
import com.alumia.admin.api.usage.BudgetSetEvent;
import com.alumia.admin.api.usage.UsageRecord;
import com.alumia.admin.api.usage.UsageRecordedEvent;
import com.alumia.admin.query.common.BatchedWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static com.alumia.admin.query.common.BatchedWrites.time;

/**
 * Usage records, a day-by-day rollup per org and model (UTC days) that spend reviews read instead of the records,
 * and each org's budget and payment status.
 */
@Component
@ProcessingGroup("usage")
class UsageProjection {

    private final BatchedWrites writes;

    UsageProjection(BatchedWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(UsageRecordedEvent event) {
        BatchedWrites.Batch batch = writes.current();
        DailyTotals totals = batch.state(DailyTotals.class, DailyTotals::new, t -> t.flush(batch));
        for (UsageRecord r : event.records()) {
            batch.add("""
                    INSERT INTO usage_record (event_id, batch_id, org_id, workspace_id, model, tokens_in, tokens_out,
                                              cost_micros, occurred_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", r.eventId(), event.batchId(), r.orgId(), r.workspaceId(),
                    r.model(), r.tokensIn(), r.tokensOut(), r.costMicros(), time(r.occurredAt()));
            totals.add(r);
        }
    }

    @EventHandler
    void on(BudgetSetEvent event) {
        ensureBudget(event.org().value());
        writes.current().add("UPDATE usage_budget SET limit_micros = ?, near_percent = ? WHERE org_id = ?",
                event.monthlyLimitMicros(), event.nearPercent(), event.org().value());
    }

    @EventHandler
    void on(BudgetPaymentStatusChangedEvent event) {
        ensureBudget(event.org().value());
        writes.current().add("UPDATE usage_budget SET payment_failing = ?, payment_detail = ? WHERE org_id = ?",
                event.failing(), event.detail(), event.org().value());
    }

    @ResetHandler
    void reset() {
        JdbcTemplate jdbc = writes.jdbc();
        for (String table : List.of("usage_record", "usage_daily", "usage_budget")) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    private void ensureBudget(String org) {
        writes.current().add("INSERT INTO usage_budget (org_id, payment_failing) VALUES (?, FALSE) "
                             + "ON CONFLICT DO NOTHING", org);
    }

    /** One batch's additions to the daily rollup, applied as increments when the batch commits. */
    static final class DailyTotals {

        private final Map<String, long[]> rows = new TreeMap<>();
        private final Map<String, Object[]> keys = new TreeMap<>();

        void add(UsageRecord r) {
            LocalDate day = r.occurredAt().atZone(ZoneOffset.UTC).toLocalDate();
            String key = day + "\n" + r.orgId() + "\n" + r.model();
            keys.putIfAbsent(key, new Object[]{Date.valueOf(day), r.orgId(), r.model()});
            long[] t = rows.computeIfAbsent(key, k -> new long[4]);
            t[0] += r.tokensIn();
            t[1] += r.tokensOut();
            t[2] += r.costMicros();
            t[3]++;
        }

        void flush(BatchedWrites.Batch batch) {
            List<Object[]> updates = new ArrayList<>();
            keys.forEach((key, k) -> {
                batch.add("INSERT INTO usage_daily (on_day, org_id, model, tokens_in, tokens_out, cost_micros, records) "
                          + "VALUES (?, ?, ?, 0, 0, 0, 0) ON CONFLICT DO NOTHING", k);
                long[] t = rows.get(key);
                updates.add(new Object[]{t[0], t[1], t[2], t[3], k[0], k[1], k[2]});
            });
            for (Object[] u : updates) {
                batch.add("UPDATE usage_daily SET tokens_in = tokens_in + ?, tokens_out = tokens_out + ?, "
                          + "cost_micros = cost_micros + ?, records = records + ? "
                          + "WHERE on_day = ? AND org_id = ? AND model = ?", u);
            }
        }
    }
}
