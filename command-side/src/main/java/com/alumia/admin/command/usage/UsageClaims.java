package com.alumia.admin.command.usage;

import com.alumia.admin.api.usage.UsageRecord;
import com.alumia.admin.api.usage.UsageRecordedEvent;
import com.alumia.admin.command.common.Claims;
import com.alumia.admin.command.common.DomainException;
import com.alumia.admin.command.common.InCommandTransaction;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Each usage record is counted once: its event id is claimed, by its batch, in the transaction of the batch, so a
 * record already reported in another batch fails the batch whole and nothing of it is stored.
 */
@Component
@InCommandTransaction
@ProcessingGroup("usage-claims")
class UsageClaims {

    private final Claims claims;
    private final JdbcTemplate jdbc;

    UsageClaims(DataSource dataSource) {
        this.claims = new Claims(dataSource, "usage_event_claim", "event_id", "batch_id");
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @EventHandler
    void on(UsageRecordedEvent event) {
        for (UsageRecord record : event.records()) {
            claims.claim(record.eventId(), event.batchId(), holder -> DomainException.conflict("usage.duplicate",
                    "Usage event " + record.eventId() + " was reported already" + (holder == null ? ""
                            : " (batch " + holder + ")"), Map.of("eventId", record.eventId())));
        }
    }

    /** Whether a batch of this id was recorded (its records hold their claims by it). */
    boolean batchKnown(String batchId) {
        return !jdbc.queryForList("SELECT event_id FROM usage_event_claim WHERE batch_id = ? FETCH FIRST 1 ROWS ONLY",
                String.class, batchId).isEmpty();
    }

    /** Which of these event ids were reported already. */
    List<String> known(Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList("SELECT event_id FROM usage_event_claim WHERE event_id IN ("
                                 + String.join(",", java.util.Collections.nCopies(eventIds.size(), "?")) + ")",
                String.class, eventIds.toArray());
    }
}
