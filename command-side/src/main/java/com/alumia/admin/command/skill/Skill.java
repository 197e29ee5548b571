package com.alumia.admin.command.skill;

import com.alumia.admin.api.audit.AuditMetadata;
import com.alumia.admin.api.common.OrgId;
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
import com.alumia.admin.command.common.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import static com.alumia.admin.command.common.TextRules.optionalText;
import static com.alumia.admin.command.common.TextRules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * A skill of the catalog: published by the product, deleted by a fresh super_admin into a restore window, and
 * purged when the window ends (a durable deadline), unless it was restored first. Deleting and restoring are
 * idempotent: a repeat answers the skill as it is and records nothing.
 */
@Aggregate
class Skill {

    static final String PURGE = "skill-purge";
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}");

    @AggregateIdentifier
    private SkillId skillId;
    private OrgId orgId;
    private String name;
    private String version;
    private String publisher;
    private SkillState state;
    private Instant restoreUntil;

    Skill() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    SkillStatus handle(PublishSkillCommand command) {
        if (command.orgId() == null) {
            throw DomainException.invalid("skill.org_required", "a skill belongs to an org");
        }
        String validName = requireText("name", command.name(), 200);
        String validVersion = requireText("version", command.version(), 64);
        if (!VERSION.matcher(validVersion).matches()) {
            throw DomainException.invalid("skill.version_invalid", "a version is up to 64 letters, digits and . + _ -");
        }
        String validPublisher = optionalText("publisher", command.publisher(), 200);
        if (skillId != null) {
            if (orgId.equals(command.orgId()) && name.equals(validName) && version.equals(validVersion)
                && Objects.equals(publisher, validPublisher)) {
                return status(false);
            }
            throw DomainException.conflict("skill.published_differently", "Skill " + skillId
                    + " is published already with other values; publish a new version under a new skill id",
                    Map.of("orgId", orgId.value(), "name", name, "version", version));
        }
        apply(new SkillPublishedEvent(command.skillId(), command.orgId(), validName, validVersion, validPublisher));
        return status(true);
    }

    /**
     * Schedules the purge for the end of the window, with the deleting operator's audit metadata, so that the purge
     * records who asked for it and why.
     */
    @CommandHandler
    SkillStatus handle(DeleteSkillCommand command, SkillProperties properties, DeadlineManager deadlines,
                       MetaData metaData) {
        if (state != SkillState.ACTIVE) {
            return status(false);
        }
        Instant until = GenericEventMessage.clock.instant().plus(properties.restoreWindow());
        apply(new SkillDeletedEvent(skillId, orgId, until));
        deadlines.schedule(until, PURGE, new GenericMessage<>(until.toString(),
                metaData.subset(AuditMetadata.KEYS.toArray(String[]::new))));
        return status(true);
    }

    @CommandHandler
    SkillStatus handle(RestoreSkillCommand command, DeadlineManager deadlines) {
        if (state == SkillState.ACTIVE) {
            return status(false);
        }
        if (state == SkillState.PURGED) {
            throw DomainException.conflict("skill.purged", "Skill " + skillId + " was purged when its restore window "
                    + "ended at " + restoreUntil, Map.of("restoreUntil", restoreUntil.toString()));
        }
        if (!GenericEventMessage.clock.instant().isBefore(restoreUntil)) {
            throw DomainException.conflict("skill.restore_window_closed", "The restore window of skill " + skillId
                    + " ended at " + restoreUntil + "; it is being purged", Map.of("restoreUntil",
                    restoreUntil.toString()));
        }
        apply(new SkillRestoredEvent(skillId, orgId));
        deadlines.cancelAllWithinScope(PURGE);
        return status(true);
    }

    /**
     * The window of a deletion ended. A purge that outlived its deletion (the skill was restored, and maybe deleted
     * again since) finds another window, or none, and does nothing.
     */
    @DeadlineHandler(deadlineName = PURGE)
    void purge(String windowEnd) {
        if (state == SkillState.DELETED && restoreUntil.toString().equals(windowEnd)) {
            apply(new SkillPurgedEvent(skillId, orgId, restoreUntil));
        }
    }

    private SkillStatus status(boolean changed) {
        return new SkillStatus(skillId, orgId, state, state == SkillState.ACTIVE ? null : restoreUntil, getVersion(),
                changed);
    }

    @EventSourcingHandler
    void on(SkillPublishedEvent event) {
        skillId = event.skillId();
        orgId = event.orgId();
        name = event.name();
        version = event.version();
        publisher = event.publisher();
        state = SkillState.ACTIVE;
    }

    @EventSourcingHandler
    void on(SkillDeletedEvent event) {
        state = SkillState.DELETED;
        restoreUntil = event.restoreUntil();
    }

    @EventSourcingHandler
    void on(SkillRestoredEvent event) {
        state = SkillState.ACTIVE;
        restoreUntil = null;
    }

    @EventSourcingHandler
    void on(SkillPurgedEvent event) {
        state = SkillState.PURGED;
    }
}
