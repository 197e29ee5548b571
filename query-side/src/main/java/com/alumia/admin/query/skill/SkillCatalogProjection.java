package com.alumia.admin.query.skill;

import com.alumia.admin.api.skill.SkillDeletedEvent;
import com.alumia.admin.api.skill.SkillPublishedEvent;
import com.alumia.admin.api.skill.SkillPurgedEvent;
import com.alumia.admin.api.skill.SkillRestoredEvent;
import com.alumia.admin.api.skill.SkillState;
import com.alumia.admin.query.common.BatchedWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

import static com.alumia.admin.query.common.BatchedWrites.time;

/** The skill catalog: every skill and where it stands. Its history is read from the log. */
@Component
@ProcessingGroup(SkillCatalogProjection.GROUP)
class SkillCatalogProjection {

    static final String GROUP = "skill-catalog";

    private final BatchedWrites writes;

    SkillCatalogProjection(BatchedWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(SkillPublishedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        writes.current().add("""
                INSERT INTO skill_view (skill_id, org_id, name, skill_version, publisher, state, published_at,
                                        revision)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", event.skillId().value(), event.orgId().value(), event.name(),
                event.version(), event.publisher(), SkillState.ACTIVE.name(), time(at), sequence);
    }

    @EventHandler
    void on(SkillDeletedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        writes.current().add("UPDATE skill_view SET state = ?, deleted_at = ?, restore_until = ?, revision = ? "
                             + "WHERE skill_id = ?", SkillState.DELETED.name(), time(at), time(event.restoreUntil()),
                sequence, event.skillId().value());
    }

    @EventHandler
    void on(SkillRestoredEvent event, @SequenceNumber long sequence) {
        writes.current().add("UPDATE skill_view SET state = ?, deleted_at = NULL, restore_until = NULL, revision = ? "
                             + "WHERE skill_id = ?", SkillState.ACTIVE.name(), sequence, event.skillId().value());
    }

    @EventHandler
    void on(SkillPurgedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        writes.current().add("UPDATE skill_view SET state = ?, purged_at = ?, revision = ? WHERE skill_id = ?",
                SkillState.PURGED.name(), time(at), sequence, event.skillId().value());
    }

    @ResetHandler
    void reset() {
        writes.jdbc().update("DELETE FROM skill_view");
    }
}
