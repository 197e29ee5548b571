package com.alumia.admin.query.identity;

import com.alumia.admin.api.identity.OrgCreatedEvent;
import com.alumia.admin.query.common.BatchedWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

import static com.alumia.admin.query.common.BatchedWrites.time;

/** The org directory. */
@Component
@ProcessingGroup(OrgDirectoryProjection.GROUP)
class OrgDirectoryProjection {

    static final String GROUP = "org-directory";

    private final BatchedWrites writes;

    OrgDirectoryProjection(BatchedWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(OrgCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        writes.current().add("INSERT INTO org_directory (org_id, name, created_at, version) VALUES (?, ?, ?, ?)",
                event.orgId().value(), event.name(), time(at), sequence);
    }

    @ResetHandler
    void reset() {
        writes.jdbc().update("DELETE FROM org_directory");
    }
}
