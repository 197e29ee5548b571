package com.alumia.admin.command.runtime;

import com.alumia.admin.api.audit.AuditMetadata;
import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.common.RuleViolation;
import com.alumia.admin.api.runtime.CancelFlagChangeCommand;
import com.alumia.admin.api.runtime.ClearFlagValueCommand;
import com.alumia.admin.api.runtime.FlagChangeScheduledEvent;
import com.alumia.admin.api.runtime.ScheduleFlagChangeCommand;
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
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import static com.alumia.admin.command.common.BrokenRule.rule;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;


class FlagTest {

    private static final FlagKey KILL = new FlagKey("ai.loop.kill_switch");
    private static final FlagKey STEPS = new FlagKey("ai.loop.max_steps");
    private static final FlagKey MODE = new FlagKey("ai.loop.pruning.mode");
    private static final OrgId ACME = new OrgId("org-acme");
    private static final Map<String, Object> FRESH = Map.of(AuditMetadata.FRESH_SUPER_ADMIN, true);
    private static final Map<String, Object> OPERATOR = Map.of(AuditMetadata.FRESH_SUPER_ADMIN, false);

    private static final FlagSpec KILL_SPEC = new FlagSpec(FlagType.KILL_SWITCH, "Stops every agent loop",
            "runtime team", "false", null, null, null, "true");
    private static final FlagSpec STEPS_SPEC = new FlagSpec(FlagType.INTEGER, "Most steps an agent loop may take",
            "runtime team", "25", 0L, 200L, null, "0");
    private static final FlagSpec MODE_SPEC = new FlagSpec(FlagType.ENUM, "How old turns are pruned",
            "runtime team", "summary", null, null, List.of("off", "summary", "drop"), null);

    private final AggregateTestFixture<Flag> fixture = new AggregateTestFixture<>(Flag.class);


    @Test
    void aFlagIsDefinedWithItsValuesInCanonicalForm() {
        fixture.givenNoPriorActivity()
               .when(new DefineFlagCommand(STEPS, new FlagSpec(FlagType.INTEGER, "  Most steps an agent loop may take ", " runtime team ",
                       " 25 ", 0L, 200L, null, "0")), OPERATOR)
               .expectEvents(new FlagDefinedEvent(STEPS, STEPS_SPEC));
    }

    @Test
    void aKillSwitchAlwaysStopsTheLoopWhenTrue() {
        fixture.givenNoPriorActivity()
               .when(new DefineFlagCommand(KILL, new FlagSpec(FlagType.KILL_SWITCH, "Stops every agent loop",
                       "runtime team", "FALSE", null, null, null, null)), OPERATOR)
               .expectEvents(new FlagDefinedEvent(KILL, KILL_SPEC));
    }

    @Test
    void aKeyIsDefinedOnceEvenAfterItsFlagIsRetired() {
        fixture.given(new FlagDefinedEvent(MODE, MODE_SPEC), new FlagRetiredEvent(MODE))
               .when(new DefineFlagCommand(MODE, MODE_SPEC), FRESH)
               .expectException(rule(RuleViolation.Kind.CONFLICT, "runtime.flag_exists"));
    }

    @Test
    void definitionsThatBreakTheirTypeAreRefused() {
        record Case(FlagSpec spec, String code) {
        }
        List<Case> cases = List.of(
                new Case(new FlagSpec(null, "d", "o", "1", null, null, null, null), "runtime.flag_type_required"),
                new Case(new FlagSpec(FlagType.BOOLEAN, "d", "o", "true", 0L, 1L, null, null),
                        "runtime.bounds_not_allowed"),
                new Case(new FlagSpec(FlagType.INTEGER, "d", "o", "5", 10L, 1L, null, null), "runtime.bounds_reversed"),
                new Case(new FlagSpec(FlagType.INTEGER, "d", "o", "500", 0L, 200L, null, null),
                        "runtime.invalid_value"),
                new Case(new FlagSpec(FlagType.ENUM, "d", "o", "a", null, null, List.of(), null),
                        "runtime.options_required"),
                new Case(new FlagSpec(FlagType.ENUM, "d", "o", "a", null, null, List.of("a", "a"), null),
                        "runtime.options_invalid"),
                new Case(new FlagSpec(FlagType.ENUM, "d", "o", "c", null, null, List.of("a", "b"), null),
                        "runtime.invalid_value"),
                new Case(new FlagSpec(FlagType.BOOLEAN, "d", "o", "yes", null, null, null, null),
                        "runtime.invalid_value"),
                new Case(new FlagSpec(FlagType.PERCENTAGE, "d", "o", "10", null, null, null, "0"),
                        "runtime.rollout_cannot_stop_loop"),
                new Case(new FlagSpec(FlagType.KILL_SWITCH, "d", "o", "false", null, null, null, "false"),
                        "runtime.kill_switch_stops_on_true"),
                new Case(new FlagSpec(FlagType.BOOLEAN, " ", "o", "true", null, null, null, null),
                        "description.required"));
        for (Case c : cases) {
            new AggregateTestFixture<>(Flag.class).givenNoPriorActivity()
                    .when(new DefineFlagCommand(MODE, c.spec()), FRESH)
                    .expectNoEvents()
                    .expectException(rule(RuleViolation.Kind.INVALID, c.code()));
        }
    }

    @Test
    void aFlagWhoseDefaultStopsTheLoopNeedsAFreshSuperAdmin() {
        FlagSpec engaged = new FlagSpec(FlagType.KILL_SWITCH, "d", "o", "true", null, null, null, null);
        fixture.givenNoPriorActivity()
               .when(new DefineFlagCommand(KILL, engaged), OPERATOR)
               .expectException(rule(RuleViolation.Kind.STEP_UP_REQUIRED,
                       "runtime.step_up_required"));
    }

    @Test
    void aGlobalValueAndAnOrgOverrideAreSetWithWhatTheyReplace() {
        fixture.given(new FlagDefinedEvent(MODE, MODE_SPEC), new FlagValueSetEvent(MODE, null, "drop", null, null))
               .when(new SetFlagValueCommand(MODE, 1L, null, "off"), OPERATOR)
               .expectEvents(new FlagValueSetEvent(MODE, null, "off", "drop", null))
               .expectResultMessagePayload(2L);
        fixture.given(new FlagDefinedEvent(MODE, MODE_SPEC))
               .when(new SetFlagValueCommand(MODE, 0L, ACME, "drop"), OPERATOR)
               .expectEvents(new FlagValueSetEvent(MODE, ACME, "drop", null, null));
    }

    @Test
    void settingTheValueInForceAgainRecordsNothing() {
        fixture.given(new FlagDefinedEvent(MODE, MODE_SPEC), new FlagValueSetEvent(MODE, ACME, "drop", null, null))
               .when(new SetFlagValueCommand(MODE, 1L, ACME, "drop"), OPERATOR)
               .expectNoEvents()
               .expectResultMessagePayload(1L);
    }

    @Test
    void valuesOutsideTheTypeAreRefused() {
        fixture.given(new FlagDefinedEvent(STEPS, STEPS_SPEC))
               .when(new SetFlagValueCommand(STEPS, 0L, null, "201"), FRESH)
               .expectNoEvents()
               .expectException(rule(RuleViolation.Kind.INVALID, "runtime.invalid_value"));
        fixture.given(new FlagDefinedEvent(STEPS, STEPS_SPEC))
               .when(new SetFlagValueCommand(STEPS, 0L, null, "many"), FRESH)
               .expectException(rule(RuleViolation.Kind.INVALID, "runtime.invalid_value"));
    }

    @Test
    void anyChangeToAKillSwitchNeedsAFreshSuperAdmin() {
        fixture.given(new FlagDefinedEvent(KILL, KILL_SPEC))
               .when(new SetFlagValueCommand(KILL, 0L, null, "true"), OPERATOR)
               .expectNoEvents()
               .expectException(rule(RuleViolation.Kind.STEP_UP_REQUIRED,
                       "runtime.step_up_required"));
        fixture.given(new FlagDefinedEvent(KILL, KILL_SPEC), new FlagValueSetEvent(KILL, ACME, "true", null, null))
               .when(new ClearFlagValueCommand(KILL, 1L, ACME), Map.of())
               .expectException(rule(RuleViolation.Kind.STEP_UP_REQUIRED,
                       "runtime.step_up_required"));
        fixture.given(new FlagDefinedEvent(KILL, KILL_SPEC))
               .when(new SetFlagValueCommand(KILL, 0L, null, "true"), FRESH)
               .expectEvents(new FlagValueSetEvent(KILL, null, "true", null, null));
        fixture.given(new FlagDefinedEvent(KILL, KILL_SPEC))
               .when(new RetireFlagCommand(KILL, 0L), OPERATOR)
               .expectException(rule(RuleViolation.Kind.STEP_UP_REQUIRED,
                       "runtime.step_up_required"));
    }

    @Test
    void aValueThatStopsTheLoopNeedsAFreshSuperAdminAndOthersDoNot() {
        fixture.given(new FlagDefinedEvent(STEPS, STEPS_SPEC))
               .when(new SetFlagValueCommand(STEPS, 0L, ACME, "0"), OPERATOR)
               .expectException(rule(RuleViolation.Kind.STEP_UP_REQUIRED,
                       "runtime.step_up_required"));
        fixture.given(new FlagDefinedEvent(STEPS, STEPS_SPEC))
               .when(new SetFlagValueCommand(STEPS, 0L, ACME, "0"), FRESH)
               .expectEvents(new FlagValueSetEvent(STEPS, ACME, "0", null, null));
        fixture.given(new FlagDefinedEvent(STEPS, STEPS_SPEC), new FlagValueSetEvent(STEPS, ACME, "0", null, null))
               .when(new SetFlagValueCommand(STEPS, 1L, ACME, "40"), OPERATOR)
               .expectEvents(new FlagValueSetEvent(STEPS, ACME, "40", "0", null));
    }

    @Test
    void clearingALayerThatLetsAStoppingValueThroughNeedsAFreshSuperAdmin() {
        fixture.given(new FlagDefinedEvent(STEPS, STEPS_SPEC), new FlagValueSetEvent(STEPS, null, "0", null, null),
                      new FlagValueSetEvent(STEPS, ACME, "30", null, null))
               .when(new ClearFlagValueCommand(STEPS, 2L, ACME), OPERATOR)
               .expectException(rule(RuleViolation.Kind.STEP_UP_REQUIRED,
                       "runtime.step_up_required"));
        fixture.given(new FlagDefinedEvent(STEPS, STEPS_SPEC), new FlagValueSetEvent(STEPS, ACME, "30", null, null))
               .when(new ClearFlagValueCommand(STEPS, 1L, ACME), OPERATOR)
               .expectEvents(new FlagValueClearedEvent(STEPS, ACME, "30", null));
    }

    @Test
    void clearingNothingRecordsNothing() {
        fixture.given(new FlagDefinedEvent(MODE, MODE_SPEC))
               .when(new ClearFlagValueCommand(MODE, 0L, ACME), OPERATOR)
               .expectNoEvents();
    }

    @Test
    void aRetiredFlagTakesNoValues() {
        fixture.given(new FlagDefinedEvent(MODE, MODE_SPEC))
               .when(new RetireFlagCommand(MODE, 0L), OPERATOR)
               .expectEvents(new FlagRetiredEvent(MODE));
        fixture.given(new FlagDefinedEvent(MODE, MODE_SPEC), new FlagRetiredEvent(MODE))
               .when(new SetFlagValueCommand(MODE, 1L, null, "off"), FRESH)
               .expectException(rule(RuleViolation.Kind.CONFLICT, "runtime.flag_retired"));
    }

    @Test
    void aStaleVersionIsRefused() {
        fixture.given(new FlagDefinedEvent(MODE, MODE_SPEC), new FlagValueSetEvent(MODE, null, "drop", null, null))
               .when(new SetFlagValueCommand(MODE, 0L, null, "off"), OPERATOR)
               .expectException(org.axonframework.modelling.command.ConflictingAggregateVersionException.class);
    }

    private static final Instant NOW = Instant.parse("2026-11-24T03:00:00Z");
    private static final Instant LATER = NOW.plus(Duration.ofHours(2));

    private ScheduleFlagChangeCommand schedule(FlagKey key, long version, String id, String value, Instant at) {
        return new ScheduleFlagChangeCommand(key, version, id, null, value == null, value, at);
    }

    @Test
    void aChangeIsScheduledForLaterWithADeadline() {
        fixture.given(new FlagDefinedEvent(MODE, MODE_SPEC))
               .andGivenCurrentTime(NOW)
               .when(schedule(MODE, 0, "sch-1", "off", LATER), OPERATOR)
               .expectEvents(new FlagChangeScheduledEvent(MODE, "sch-1", null, false, "off", LATER))
               .expectScheduledDeadlineWithName(LATER, Flag.SCHEDULED_CHANGE);
    }

    @Test
    void aScheduledChangeAppliesWhenItsTimeComesAndNamesItsSchedule() {
        fixture.given(new FlagDefinedEvent(MODE, MODE_SPEC), new FlagValueSetEvent(MODE, null, "drop", null, null))
               .andGivenCurrentTime(NOW)
               .andGivenCommands(schedule(MODE, 1, "sch-1", "off", LATER))
               .whenThenTimeAdvancesTo(LATER)
               .expectDeadlinesMet("sch-1")
               .expectEvents(new FlagValueSetEvent(MODE, null, "off", "drop", "sch-1"));
    }

    @Test
    void aCancelledChangeNeverApplies() {
        fixture.given(new FlagDefinedEvent(MODE, MODE_SPEC))
               .andGivenCurrentTime(NOW)
               .andGivenCommands(schedule(MODE, 0, "sch-1", null, LATER), new CancelFlagChangeCommand(MODE, 1L, "sch-1"))
               .whenThenTimeAdvancesTo(LATER)
               .expectNoEvents();
        fixture.given(new FlagDefinedEvent(MODE, MODE_SPEC))
               .when(new CancelFlagChangeCommand(MODE, 0L, "sch-9"))
               .expectException(rule(RuleViolation.Kind.CONFLICT, "runtime.no_such_schedule"));
    }

    @Test
    void aRetiredFlagIgnoresItsScheduledChanges() {
        fixture.given(new FlagDefinedEvent(MODE, MODE_SPEC))
               .andGivenCurrentTime(NOW)
               .andGivenCommands(schedule(MODE, 0, "sch-1", "off", LATER), new RetireFlagCommand(MODE, 1L))
               .whenThenTimeAdvancesTo(LATER)
               .expectNoEvents();
    }

    @Test
    void changesInThePastOrTooFarAheadAreRefused() {
        fixture.given(new FlagDefinedEvent(MODE, MODE_SPEC))
               .andGivenCurrentTime(NOW)
               .when(schedule(MODE, 0, "sch-1", "off", NOW.minusSeconds(1)), OPERATOR)
               .expectNoEvents()
               .expectException(rule(RuleViolation.Kind.INVALID, "runtime.schedule_time"));
        fixture.given(new FlagDefinedEvent(MODE, MODE_SPEC))
               .andGivenCurrentTime(NOW)
               .when(schedule(MODE, 0, "sch-1", "off", NOW.plus(Duration.ofDays(400))), OPERATOR)
               .expectException(rule(RuleViolation.Kind.INVALID, "runtime.schedule_time"));
        fixture.given(new FlagDefinedEvent(MODE, MODE_SPEC))
               .andGivenCurrentTime(NOW)
               .when(schedule(MODE, 0, "sch-1", "sideways", LATER), OPERATOR)
               .expectException(rule(RuleViolation.Kind.INVALID, "runtime.invalid_value"));
    }

    @Test
    void schedulingAKillSwitchNeedsAFreshSuperAdminWhenItIsAsked() {
        fixture.given(new FlagDefinedEvent(KILL, KILL_SPEC))
               .andGivenCurrentTime(NOW)
               .when(schedule(KILL, 0, "sch-1", "true", LATER), OPERATOR)
               .expectException(rule(RuleViolation.Kind.STEP_UP_REQUIRED, "runtime.step_up_required"));
        fixture.given(new FlagDefinedEvent(KILL, KILL_SPEC))
               .andGivenCurrentTime(NOW)
               .when(schedule(KILL, 0, "sch-1", "true", LATER), FRESH)
               .expectEvents(new FlagChangeScheduledEvent(KILL, "sch-1", null, false, "true", LATER));
    }
}
