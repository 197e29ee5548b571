package com.alumia.admin.query.feedback;

import com.alumia.admin.api.feedback.ProbeClass;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

/**
 * Fingerprint groups, read side; {@link FeedbackGroupTotals} writes them.
 */
interface FeedbackGroupRepository extends JpaRepository<FeedbackGroupRow, String>,
        JpaSpecificationExecutor<FeedbackGroupRow> {

    interface FamilyTotals {
        ProbeClass getProbeClass();

        long getItems();

        long getGroups();

        long getOpen();

        java.time.Instant getLastSeen();
    }

    @Query("""
            select g.probeClass as probeClass, sum(g.size) as items, count(g) as groups,
                   sum(g.openCount) as open, max(g.lastSeen) as lastSeen
            from FeedbackGroupRow g where g.probeClass <> com.alumia.admin.api.feedback.ProbeClass.NONE
            group by g.probeClass order by sum(g.size) desc""")
    List<FamilyTotals> totalsPerFamily();
}
