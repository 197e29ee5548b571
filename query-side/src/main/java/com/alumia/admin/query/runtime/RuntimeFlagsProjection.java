package com.alumia.admin.query.runtime;

import com.alumia.admin.api.audit.AuditMetadata;
import com.alumia.admin.api.common.AuditActions;
import com.alumia.admin.api.runtime.FlagChangeCancelledEvent;
import com.alumia.admin.api.runtime.FlagChangeScheduledEvent;
import com.alumia.admin.api.runtime.FlagDefinedEvent;
import com.alumia.admin.api.runtime.FlagRetiredEvent;
import com.alumia.admin.api.runtime.FlagSpec;
import com.alumia.admin.api.runtime.FlagValueClearedEvent;
import com.alumia.admin.api.runtime.FlagValueSetEvent;
import com.alumia.admin.query.common.BatchedWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

import static com.alumia.admin.query.common.BatchedWrites.time;

/**
 * The flag registry: definitions, global values, per-org overrides, scheduled changes and each flag's last change
 * (who, why).
 */
@Component
@ProcessingGroup(RuntimeFlagsProjection.GROUP)
class RuntimeFlagsProjection {

    static final String GROUP = "runtime-flags";

    private static final String CHANGED = "version = ?, changed_at = ?, changed_by = ?, change_reason = ?, "
                                          + "change_action = ? WHERE flag_key = ?";

    private final BatchedWrites writes;

    RuntimeFlagsProjection(BatchedWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(FlagDefinedEvent event, EventMessage<?> message, @SequenceNumber long sequence, @Timestamp Instant at) {
        FlagSpec spec = event.spec();
        writes.current().add("""
                INSERT INTO runtime_flag (flag_key, flag_type, description, owner, default_value, min_value, max_value,
                                          options, stops_agent_loop, global_value, retired, version, defined_at,
                                          changed_at, changed_by, change_reason, change_action)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, FALSE, ?, ?, ?, ?, ?, ?)""",
                event.key().value(), spec.type().name(), spec.description(), spec.owner(), spec.defaultValue(),
                spec.min(), spec.max(), FlagOptions.join(spec.options()), spec.stopsAgentLoop(), sequence, time(at),
                time(at), actor(message), reason(message), AuditActions.of(FlagDefinedEvent.class));
    }

    @EventHandler
    void on(FlagChangeScheduledEvent event, EventMessage<?> message, @SequenceNumber long sequence,
            @Timestamp Instant at) {
        String key = event.key().value();
        writes.current().add("""
                INSERT INTO runtime_flag_schedule (flag_key, schedule_id, org_id, clears, flag_value, apply_at, status,
                                                   scheduled_at, scheduled_by, reason)
                VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?)""", key, event.scheduleId(),
                event.org() == null ? null : event.org().value(), event.clear(), event.value(), time(event.at()),
                time(at), actor(message), reason(message));
        writes.current().add("UPDATE runtime_flag SET " + CHANGED, changed(message, sequence, at, key));
    }

    @EventHandler
    void on(FlagChangeCancelledEvent event, EventMessage<?> message, @SequenceNumber long sequence,
            @Timestamp Instant at) {
        String key = event.key().value();
        settle(key, event.scheduleId(), "cancelled", at);
        writes.current().add("UPDATE runtime_flag SET " + CHANGED, changed(message, sequence, at, key));
    }

    private void settle(String key, String scheduleId, String status, Instant at) {
        if (scheduleId != null) {
            writes.current().add("UPDATE runtime_flag_schedule SET status = ?, settled_at = ? "
                                 + "WHERE flag_key = ? AND schedule_id = ?", status, time(at), key, scheduleId);
        }
    }

    @EventHandler
    void on(FlagValueSetEvent event, EventMessage<?> message, @SequenceNumber long sequence, @Timestamp Instant at) {
        String key = event.key().value();
        settle(key, event.scheduleId(), "applied", at);
        if (event.org() == null) {
            writes.current().add("UPDATE runtime_flag SET global_value = ?, " + CHANGED,
                    changed(message, sequence, at, key, event.value()));
        } else {
            writes.current().add("DELETE FROM runtime_flag_override WHERE flag_key = ? AND org_id = ?", key,
                    event.org().value());
            writes.current().add("INSERT INTO runtime_flag_override (flag_key, org_id, flag_value, set_at, set_by) "
                                 + "VALUES (?, ?, ?, ?, ?)", key, event.org().value(), event.value(), time(at),
                    actor(message));
            writes.current().add("UPDATE runtime_flag SET " + CHANGED, changed(message, sequence, at, key));
        }
    }

    @EventHandler
    void on(FlagValueClearedEvent event, EventMessage<?> message, @SequenceNumber long sequence,
            @Timestamp Instant at) {
        String key = event.key().value();
        settle(key, event.scheduleId(), "applied", at);
        if (event.org() == null) {
            writes.current().add("UPDATE runtime_flag SET global_value = NULL, " + CHANGED,
                    changed(message, sequence, at, key));
        } else {
            writes.current().add("DELETE FROM runtime_flag_override WHERE flag_key = ? AND org_id = ?", key,
                    event.org().value());
            writes.current().add("UPDATE runtime_flag SET " + CHANGED, changed(message, sequence, at, key));
        }
    }

    @EventHandler
    void on(FlagRetiredEvent event, EventMessage<?> message, @SequenceNumber long sequence, @Timestamp Instant at) {
        String key = event.key().value();
        writes.current().add("DELETE FROM runtime_flag_override WHERE flag_key = ?", key);
        writes.current().add("UPDATE runtime_flag_schedule SET status = 'dropped', settled_at = ? "
                             + "WHERE flag_key = ? AND status = 'pending'", time(at), key);
        writes.current().add("UPDATE runtime_flag SET retired = TRUE, " + CHANGED, changed(message, sequence, at, key));
    }

    @ResetHandler
    void reset() {
        writes.jdbc().update("DELETE FROM runtime_flag_schedule");
        writes.jdbc().update("DELETE FROM runtime_flag_override");
        writes.jdbc().update("DELETE FROM runtime_flag");
    }

    /** The arguments of {@link #CHANGED}, after any given before them. */
    private static Object[] changed(EventMessage<?> message, long sequence, Instant at, String key, Object... before) {
        Object[] args = new Object[before.length + 6];
        System.arraycopy(before, 0, args, 0, before.length);
        args[before.length] = sequence;
        args[before.length + 1] = time(at);
        args[before.length + 2] = actor(message);
        args[before.length + 3] = reason(message);
        args[before.length + 4] = AuditActions.of(message.getPayloadType());
        args[before.length + 5] = key;
        return args;
    }

    private static String actor(EventMessage<?> message) {
        Object actor = message.getMetaData().get(AuditMetadata.ACTOR);
        return actor == null ? null : actor.toString();
    }

    private static String reason(EventMessage<?> message) {
        Object reason = message.getMetaData().get(AuditMetadata.REASON);
        return reason == null ? null : reason.toString();
    }
}
