package com.alumia.admin.command.skill;

import com.alumia.admin.api.audit.AuditMetadata;
import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.common.RuleViolation;
import com.alumia.admin.api.skill.DeleteSkillCommand;
import com.alumia.admin.api.skill.PublishSkillCommand;
import com.alumia.admin.api.skill.RestoreSkillCommand;
import com.alumia.admin.api.skill.SkillDeletedEvent;
import com.alumia.admin.api.skill.SkillId;
import com.alumia.admin.api.skill.SkillPublishedEvent;
import com.alumia.admin.api.skill.SkillPurgedEvent;
import com.alumia.admin.api.skill.SkillRestoredEvent;
import com.alumia.admin.api.skill.SkillState;
import com.alumia.admin.api.skill.SkillStatus;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.CustomMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static com.alumia.admin.command.common.BrokenRule.rule;

class SkillTest {

    private static final SkillId ID = new SkillId("sk-code-review");
    private static final OrgId ACME = new OrgId("org-acme");
    private static final Duration WINDOW = Duration.ofDays(7);
    private static final Instant NOW = Instant.parse("2026-11-24T03:00:00Z");
    private static final Instant UNTIL = NOW.plus(WINDOW);
    private static final SkillPublishedEvent PUBLISHED = new SkillPublishedEvent(ID, ACME, "Code review", "1.4.0",
            "Alumia Labs");
    private static final SkillDeletedEvent DELETED = new SkillDeletedEvent(ID, ACME, UNTIL);
    private static final Map<String, Object> OPERATOR = Map.of(AuditMetadata.ACTOR, "root@example.com",
            AuditMetadata.REASON, "malicious prompt in the skill", AuditMetadata.REQUEST_ID, "req-1",
            AuditMetadata.FRESH_SUPER_ADMIN, true, "traceId", "not an audit key");

    private final AggregateTestFixture<Skill> fixture = new AggregateTestFixture<>(Skill.class);

    @BeforeEach
    void window() {
        fixture.registerInjectableResource(new SkillProperties(WINDOW));
    }

    private static PublishSkillCommand publish(OrgId org, String name, String version, String publisher) {
        return new PublishSkillCommand(ID, org, name, version, publisher);
    }

    @Test
    void aSkillIsPublishedIntoTheActiveCatalog() {
        fixture.givenNoPriorActivity()
               .when(publish(ACME, "  Code review ", " 1.4.0", " Alumia Labs "))
               .expectEvents(PUBLISHED)
               .expectResultMessagePayload(new SkillStatus(ID, ACME, SkillState.ACTIVE, null, 0, true));
    }

    @Test
    void publishingTheSameSkillAgainChangesNothing() {
        fixture.given(PUBLISHED)
               .when(publish(ACME, "Code review", "1.4.0", "Alumia Labs"))
               .expectNoEvents()
               .expectResultMessagePayload(new SkillStatus(ID, ACME, SkillState.ACTIVE, null, 0, false));
        fixture.given(PUBLISHED, DELETED)
               .when(publish(ACME, "Code review", "1.4.0", "Alumia Labs"))
               .expectNoEvents()
               .expectResultMessagePayload(new SkillStatus(ID, ACME, SkillState.DELETED, UNTIL, 1, false));
    }

    @Test
    void publishingOtherValuesUnderAPublishedIdIsRefused() {
        fixture.given(PUBLISHED)
               .when(publish(ACME, "Code review", "1.5.0", "Alumia Labs"))
               .expectException(rule(RuleViolation.Kind.CONFLICT, "skill.published_differently"));
        fixture.given(PUBLISHED)
               .when(publish(new OrgId("org-other"), "Code review", "1.4.0", "Alumia Labs"))
               .expectException(rule(RuleViolation.Kind.CONFLICT, "skill.published_differently"));
    }

    @Test
    void incompletePublicationsAreRefused() {
        fixture.givenNoPriorActivity().when(publish(null, "Code review", "1.4.0", null))
               .expectException(rule(RuleViolation.Kind.INVALID, "skill.org_required"));
        fixture.givenNoPriorActivity().when(publish(ACME, " ", "1.4.0", null))
               .expectException(rule(RuleViolation.Kind.INVALID, "name.required"));
        fixture.givenNoPriorActivity().when(publish(ACME, "Code review", "1.4 beta", null))
               .expectException(rule(RuleViolation.Kind.INVALID, "skill.version_invalid"));
        fixture.givenNoPriorActivity().when(publish(ACME, "Code review", "1.4.0", "p".repeat(201)))
               .expectException(rule(RuleViolation.Kind.INVALID, "publisher.too_long"));
    }

    @Test
    void deletionOpensTheRestoreWindowAndSchedulesThePurgeWithTheOperatorsMetadata() {
        fixture.given(PUBLISHED)
               .andGivenCurrentTime(NOW)
               .when(new DeleteSkillCommand(ID), OPERATOR)
               .expectEvents(DELETED)
               .expectResultMessagePayload(new SkillStatus(ID, ACME, SkillState.DELETED, UNTIL, 1, true))
               .expectScheduledDeadlineMatching(UNTIL, new CustomMatcher<DeadlineMessage<?>>("the purge, as asked") {
                   @Override
                   public boolean matches(Object item) {
                       return item instanceof DeadlineMessage<?> deadline
                              && deadline.getDeadlineName().equals(Skill.PURGE)
                              && deadline.getPayload().equals(UNTIL.toString())
                              && "root@example.com".equals(deadline.getMetaData().get(AuditMetadata.ACTOR))
                              && "malicious prompt in the skill".equals(deadline.getMetaData()
                                                                                 .get(AuditMetadata.REASON))
                              && !deadline.getMetaData().containsKey("traceId");
                   }
               });
    }

    @Test
    void deletingAgainAnswersTheSameWindowAndSchedulesNothing() {
        fixture.given(PUBLISHED, DELETED)
               .andGivenCurrentTime(NOW.plus(Duration.ofDays(2)))
               .when(new DeleteSkillCommand(ID), OPERATOR)
               .expectNoEvents()
               .expectNoScheduledDeadlines()
               .expectResultMessagePayload(new SkillStatus(ID, ACME, SkillState.DELETED, UNTIL, 1, false));
    }

    @Test
    void theDeletionBecomesFinalWhenTheWindowEnds() {
        fixture.given(PUBLISHED)
               .andGivenCurrentTime(NOW)
               .andGivenCommands(new DeleteSkillCommand(ID))
               .whenThenTimeAdvancesTo(UNTIL)
               .expectDeadlinesMet(UNTIL.toString())
               .expectEvents(new SkillPurgedEvent(ID, ACME, UNTIL));
    }

    @Test
    void restoringWithinTheWindowCancelsThePurge() {
        fixture.given(PUBLISHED)
               .andGivenCurrentTime(NOW)
               .andGivenCommands(new DeleteSkillCommand(ID))
               .when(new RestoreSkillCommand(ID), OPERATOR)
               .expectEvents(new SkillRestoredEvent(ID, ACME))
               .expectNoScheduledDeadlines()
               .expectResultMessagePayload(new SkillStatus(ID, ACME, SkillState.ACTIVE, null, 2, true));
        fixture.given(PUBLISHED)
               .andGivenCurrentTime(NOW)
               .andGivenCommands(new DeleteSkillCommand(ID), new RestoreSkillCommand(ID))
               .whenThenTimeAdvancesTo(UNTIL.plusSeconds(1))
               .expectNoEvents();
    }

    @Test
    void aSecondDeletionHasAWindowOfItsOwn() {
        Instant later = NOW.plus(Duration.ofDays(1));
        fixture.given(PUBLISHED)
               .andGivenCurrentTime(NOW)
               .andGivenCommands(new DeleteSkillCommand(ID), new RestoreSkillCommand(ID))
               .andGivenCurrentTime(later)
               .andGivenCommands(new DeleteSkillCommand(ID))
               .whenThenTimeAdvancesTo(later.plus(WINDOW))
               .expectDeadlinesMet(later.plus(WINDOW).toString())
               .expectEvents(new SkillPurgedEvent(ID, ACME, later.plus(WINDOW)));
    }

    @Test
    void restoringAnActiveSkillChangesNothing() {
        fixture.given(PUBLISHED)
               .when(new RestoreSkillCommand(ID), OPERATOR)
               .expectNoEvents()
               .expectResultMessagePayload(new SkillStatus(ID, ACME, SkillState.ACTIVE, null, 0, false));
    }

    @Test
    void aPurgedSkillCannotBeRestoredAndStaysDeleted() {
        fixture.given(PUBLISHED, DELETED, new SkillPurgedEvent(ID, ACME, UNTIL))
               .when(new RestoreSkillCommand(ID), OPERATOR)
               .expectException(rule(RuleViolation.Kind.CONFLICT, "skill.purged"));
        fixture.given(PUBLISHED, DELETED, new SkillPurgedEvent(ID, ACME, UNTIL))
               .when(new DeleteSkillCommand(ID), OPERATOR)
               .expectNoEvents()
               .expectNoScheduledDeadlines()
               .expectResultMessagePayload(new SkillStatus(ID, ACME, SkillState.PURGED, UNTIL, 2, false));
    }

    @Test
    void restoringAfterTheWindowIsRefusedEvenBeforeThePurge() {
        fixture.given(PUBLISHED, DELETED)
               .andGivenCurrentTime(UNTIL)
               .when(new RestoreSkillCommand(ID), OPERATOR)
               .expectException(rule(RuleViolation.Kind.CONFLICT, "skill.restore_window_closed"));
    }

    @Test
    void anUnknownSkillCannotBeDeleted() {
        fixture.givenNoPriorActivity()
               .when(new DeleteSkillCommand(ID), OPERATOR)
               .expectException(AggregateNotFoundException.class);
    }
}
