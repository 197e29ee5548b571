package com.alumia.admin.command.runtime;

import com.alumia.admin.api.audit.AuditMetadata;
import com.alumia.admin.api.common.Identifiers;
import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.runtime.CancelFlagChangeCommand;
import com.alumia.admin.api.runtime.FlagChangeCancelledEvent;
import com.alumia.admin.api.runtime.FlagChangeScheduledEvent;
import com.alumia.admin.api.runtime.ScheduleFlagChangeCommand;
import com.alumia.admin.api.runtime.ClearFlagValueCommand;
import com.alumia.admin.api.runtime.DefineFlagCommand;
import com.alumia.admin.api.runtime.FlagDefinedEvent;
import com.alumia.admin.api.runtime.FlagKey;
import com.alumia.admin.api.runtime.FlagRetiredEvent;
import com.alumia.admin.api.runtime.FlagSpec;
import com.alumia.admin.api.runtime.FlagType;
import com.alumia.admin.api.runtime.FlagValueClearedEvent;
import com.alumia.admin.api.runtime.FlagValueSetEvent;
import com.alumia.admin.api.runtime.RetireFlagCommand;
import com.alumia.admin.api.runtime.SetFlagValueCommand;
import com.alumia.admin.command.common.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * One runtime flag: its definition, its global value and its per-org overrides. A value is resolved from the
 * platform default, then the global value, then the org's override; a percentage rollout turns into on or off per
 * org at resolution, not here.
 * <p>
 * Kill switches, and any change that makes the agent loop stop, need a fresh super_admin: the request's metadata
 * says whether the caller is one ({@link AuditMetadata#FRESH_SUPER_ADMIN}), and a change without it is refused
 * with a step-up challenge.
 */
@Aggregate
class Flag {

    static final String SCHEDULED_CHANGE = "flag-scheduled-change";
    private static final Duration MAX_AHEAD = Duration.ofDays(366);

    @AggregateIdentifier
    private FlagKey key;
    private FlagSpec spec;
    private boolean retired;
    private String global;
    private final Map<String, String> overrides = new HashMap<>();
    private final Map<String, FlagChangeScheduledEvent> scheduled = new HashMap<>();

    Flag() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(DefineFlagCommand command, @MetaDataValue(AuditMetadata.FRESH_SUPER_ADMIN) Boolean fresh) {
        if (spec != null) {
            throw DomainException.conflict("runtime.flag_exists", "A flag " + command.key() + " is defined already"
                    + (retired ? " (retired; its key is not reused)" : ""), Map.of("key", command.key().value()));
        }
        FlagSpec validated = FlagSpecs.validated(command.spec());
        if (validated.defaultValue().equals(validated.stopsAgentLoop())) {
            requireFreshSuperAdmin(fresh, "a flag whose default stops the agent loop");
        }
        apply(new FlagDefinedEvent(command.key(), validated));
        return getVersion();
    }

    @CommandHandler
    long handle(SetFlagValueCommand command, @MetaDataValue(AuditMetadata.FRESH_SUPER_ADMIN) Boolean fresh) {
        requireActive();
        String value = FlagSpecs.value(spec, "value", command.value());
        String previous = at(command.org());
        if (value.equals(previous)) {
            return getVersion();
        }
        guardAgentLoop(value, fresh);
        apply(new FlagValueSetEvent(key, command.org(), value, previous, null));
        return getVersion();
    }

    @CommandHandler
    long handle(ClearFlagValueCommand command, @MetaDataValue(AuditMetadata.FRESH_SUPER_ADMIN) Boolean fresh) {
        requireActive();
        String previous = at(command.org());
        if (previous == null) {
            return getVersion();
        }
        guardAgentLoop(below(command.org()), fresh);
        apply(new FlagValueClearedEvent(key, command.org(), previous, null));
        return getVersion();
    }

    /**
     * Schedules a change for later; the step-up it needs is checked now, as the change is asked for, and the
     * change applies as scheduled unless it is cancelled or the flag is retired first.
     */
    @CommandHandler
    long handle(ScheduleFlagChangeCommand command, @MetaDataValue(AuditMetadata.FRESH_SUPER_ADMIN) Boolean fresh,
                DeadlineManager deadlines, MetaData metaData) {
        requireActive();
        String scheduleId = Identifiers.require("schedule id", command.scheduleId());
        if (scheduled.containsKey(scheduleId)) {
            throw DomainException.conflict("runtime.schedule_exists", "A change " + scheduleId
                    + " is scheduled already", Map.of("scheduleId", scheduleId));
        }
        Instant now = GenericEventMessage.clock.instant();
        if (command.at() == null || !command.at().isAfter(now) || command.at().isAfter(now.plus(MAX_AHEAD))) {
            throw DomainException.invalid("runtime.schedule_time",
                    "a change is scheduled after now and at most " + MAX_AHEAD.toDays() + " days ahead");
        }
        if (command.clear() && command.value() != null) {
            throw DomainException.invalid("runtime.schedule_clear_with_value", "a change clears or sets, not both");
        }
        String value = command.clear() ? null : FlagSpecs.value(spec, "value", command.value());
        guardAgentLoop(value != null ? value : below(command.org()), fresh);
        apply(new FlagChangeScheduledEvent(key, scheduleId, command.org(), command.clear(), value, command.at()));
        // The deadline carries who asked and why, so the change records them again when it applies.
        deadlines.schedule(command.at(), SCHEDULED_CHANGE, new GenericMessage<>(scheduleId,
                metaData.subset(AuditMetadata.KEYS.toArray(String[]::new))));
        return getVersion();
    }

    @CommandHandler
    long handle(CancelFlagChangeCommand command) {
        if (!scheduled.containsKey(command.scheduleId())) {
            throw DomainException.conflict("runtime.no_such_schedule", "No change " + command.scheduleId()
                    + " is waiting to apply", Map.of("scheduleId", String.valueOf(command.scheduleId())));
        }
        apply(new FlagChangeCancelledEvent(key, command.scheduleId()));
        return getVersion();
    }

    /** A scheduled change is due: it applies unless it was cancelled, or the flag retired, meanwhile. */
    @DeadlineHandler(deadlineName = SCHEDULED_CHANGE)
    void due(String scheduleId) {
        FlagChangeScheduledEvent change = scheduled.get(scheduleId);
        if (change == null || retired) {
            return;
        }
        String previous = at(change.org());
        if (change.clear()) {
            apply(new FlagValueClearedEvent(key, change.org(), previous, scheduleId));
        } else {
            apply(new FlagValueSetEvent(key, change.org(), change.value(), previous, scheduleId));
        }
    }

    /** The value that applies at a layer once its own value is removed: the global value, then the default. */
    private String below(OrgId org) {
        return org == null ? spec.defaultValue() : Objects.requireNonNullElse(global, spec.defaultValue());
    }

    @CommandHandler
    long handle(RetireFlagCommand command, @MetaDataValue(AuditMetadata.FRESH_SUPER_ADMIN) Boolean fresh) {
        if (retired) {
            return getVersion();
        }
        if (spec.type() == FlagType.KILL_SWITCH) {
            requireFreshSuperAdmin(fresh, "retiring a kill switch");
        }
        apply(new FlagRetiredEvent(key));
        return getVersion();
    }

    /** The value set at one layer: the global value, or the org's override; null where none is set. */
    private String at(OrgId org) {
        return org == null ? global : overrides.get(org.value());
    }

    private void requireActive() {
        if (retired) {
            throw DomainException.conflict("runtime.flag_retired", "Flag " + key + " is retired; define a new one",
                    Map.of("key", key.value()));
        }
    }

    /** Any change to a kill switch, and any change that puts in force the value that stops the agent loop. */
    private void guardAgentLoop(String valueNowInForce, Boolean fresh) {
        if (spec.type() == FlagType.KILL_SWITCH) {
            requireFreshSuperAdmin(fresh, "a change to a kill switch");
        } else if (valueNowInForce.equals(spec.stopsAgentLoop())) {
            requireFreshSuperAdmin(fresh, "a change that stops the agent loop");
        }
    }

    private static void requireFreshSuperAdmin(Boolean fresh, String what) {
        if (!Boolean.TRUE.equals(fresh)) {
            throw DomainException.stepUpRequired("runtime.step_up_required",
                    what + " needs a super_admin with a fresh step-up");
        }
    }

    @EventSourcingHandler
    void on(FlagDefinedEvent event) {
        key = event.key();
        spec = event.spec();
    }

    @EventSourcingHandler
    void on(FlagChangeScheduledEvent event) {
        scheduled.put(event.scheduleId(), event);
    }

    @EventSourcingHandler
    void on(FlagChangeCancelledEvent event) {
        scheduled.remove(event.scheduleId());
    }

    @EventSourcingHandler
    void on(FlagValueSetEvent event) {
        if (event.scheduleId() != null) {
            scheduled.remove(event.scheduleId());
        }
        if (event.org() == null) {
            global = event.value();
        } else {
            overrides.put(event.org().value(), event.value());
        }
    }

    @EventSourcingHandler
    void on(FlagValueClearedEvent event) {
        if (event.scheduleId() != null) {
            scheduled.remove(event.scheduleId());
        }
        if (event.org() == null) {
            global = null;
        } else {
            overrides.remove(event.org().value());
        }
    }

    @EventSourcingHandler
    void on(FlagRetiredEvent event) {
        retired = true;
    }
}
