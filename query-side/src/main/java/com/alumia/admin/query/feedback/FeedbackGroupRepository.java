package com.alumia.admin.query.feedback;

import com.alumia.admin.api.feedback.ProbeClass;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;

/**
 * Fingerprint groups. Items of one group arrive on different segments at once, so the running totals change
 * only through single-statement increments: a read-modify-write of the row would lose updates.
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

    @Modifying(flushAutomatically = true)
    @Query(nativeQuery = true, value = """
            INSERT INTO feedback_group (fingerprint, probe_class, category, severity, severity_rank, size, open_count,
                                        org_count, first_seen, last_seen, sample)
            VALUES (:fingerprint, :probeClass, :category, :severity, :severityRank, 0, 0, 0, :at, :at, :sample)
            ON CONFLICT DO NOTHING""")
    void createIfAbsent(String fingerprint, String probeClass, String category, String severity, int severityRank,
                        Instant at, String sample);

    /** Returns 1 when the org is new to the group, 0 when it was already counted. */
    @Modifying(flushAutomatically = true)
    @Query(nativeQuery = true, value = """
            INSERT INTO feedback_group_org (fingerprint, org_id) VALUES (:fingerprint, :orgId)
            ON CONFLICT DO NOTHING""")
    int addOrg(String fingerprint, String orgId);

    @Modifying(flushAutomatically = true)
    @Query(nativeQuery = true, value = """
            UPDATE feedback_group
            SET size = size + 1, open_count = open_count + 1, org_count = org_count + :newOrgs,
                first_seen = LEAST(first_seen, :at), last_seen = GREATEST(last_seen, :at)
            WHERE fingerprint = :fingerprint""")
    void addMember(String fingerprint, int newOrgs, Instant at);

    @Modifying(flushAutomatically = true)
    @Query(nativeQuery = true, value = "UPDATE feedback_group SET open_count = open_count + :delta WHERE fingerprint = :fingerprint")
    void changeOpenCount(String fingerprint, int delta);

    @Modifying
    @Query(nativeQuery = true, value = "DELETE FROM feedback_group_org")
    void deleteAllOrgs();
}
