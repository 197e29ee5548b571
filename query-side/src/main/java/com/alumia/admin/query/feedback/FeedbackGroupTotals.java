package com.alumia.admin.query.feedback;

import com.alumia.admin.api.feedback.Classification;
import com.alumia.admin.query.common.BatchedWrites;
import com.alumia.admin.query.common.ViewTables;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static com.alumia.admin.query.common.BatchedWrites.time;

/**
 * One batch's changes to the fingerprint groups, applied when the batch commits. Items of one group arrive on both
 * segments at once, so the totals change only through increments, never a read-modify-write, and each batch takes
 * the group rows' locks in fingerprint order, so two segments never deadlock on them.
 */
final class FeedbackGroupTotals {

    private static final int SAMPLE_LENGTH = 280;
    private static final int PAIRS_PER_READ = 250;
    private static final Instant NO_EARLIER = Instant.parse("9999-12-31T00:00:00Z");

    private final String createGroup;
    private final String addOrg;
    private final String updateGroup;
    private final String fingerprints;
    private final String knownOrgsIn;
    private final Map<String, String> receivedFingerprints = new HashMap<>();
    private final Map<String, Integer> openChanges = new HashMap<>();
    private final TreeMap<String, Change> groups = new TreeMap<>();

    private static final class Change {
        Classification classification;
        String sample;
        long size;
        long open;
        Instant firstSeen;
        Instant lastSeen;
        final Set<String> orgs = new TreeSet<>();
    }

    FeedbackGroupTotals(ViewTables tables) {
        createGroup = tables.sql("""
                INSERT INTO {feedback_group} (fingerprint, probe_class, category, severity, severity_rank, size,
                                              open_count, org_count, first_seen, last_seen, sample)
                VALUES (?, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?)
                ON CONFLICT DO NOTHING""");
        addOrg = tables.sql("INSERT INTO {feedback_group_org} (fingerprint, org_id) VALUES (?, ?) "
                            + "ON CONFLICT DO NOTHING");
        updateGroup = tables.sql("""
                UPDATE {feedback_group}
                SET size = size + ?, open_count = open_count + ?, org_count = org_count + ?,
                    first_seen = LEAST(first_seen, ?), last_seen = GREATEST(last_seen, ?)
                WHERE fingerprint = ?""");
        fingerprints = tables.sql("SELECT feedback_id, fingerprint FROM {feedback_item} WHERE feedback_id IN (");
        knownOrgsIn = tables.sql("SELECT fingerprint, org_id FROM {feedback_group_org} WHERE (fingerprint, org_id) IN (");
    }

    void received(String feedbackId, String orgId, String text, Classification c, Instant at) {
        receivedFingerprints.put(feedbackId, c.fingerprint());
        Change change = groups.computeIfAbsent(c.fingerprint(), f -> new Change());
        if (change.classification == null) {
            change.classification = c;
            change.sample = text.length() <= SAMPLE_LENGTH ? text : text.substring(0, SAMPLE_LENGTH);
        }
        change.size++;
        change.open++;
        change.orgs.add(orgId);
        change.firstSeen = change.firstSeen == null || at.isBefore(change.firstSeen) ? at : change.firstSeen;
        change.lastSeen = change.lastSeen == null || at.isAfter(change.lastSeen) ? at : change.lastSeen;
    }

    /** The item left the unfinished states ({@code -1}) or came back to them ({@code +1}). */
    void openChanged(String feedbackId, int delta) {
        openChanges.merge(feedbackId, delta, Integer::sum);
    }

    void apply(JdbcTemplate jdbc) {
        Map<String, String> fingerprints = fingerprintsOf(jdbc);
        openChanges.forEach((feedbackId, delta) -> {
            String fingerprint = fingerprints.get(feedbackId);
            if (fingerprint != null && delta != 0) {
                groups.computeIfAbsent(fingerprint, f -> new Change()).open += delta;
            }
        });
        List<Object[]> creates = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        groups.forEach((fingerprint, change) -> {
            if (change.classification != null) {
                Classification c = change.classification;
                creates.add(new Object[]{fingerprint, c.probeClass().name(), c.category().name(), c.severity().name(),
                        c.severity().rank(), time(change.firstSeen), time(change.lastSeen), change.sample});
            }
        });
        BatchedWrites.run(jdbc, createGroup, creates);
        Set<List<String>> knownOrgs = knownOrgs(jdbc);
        groups.forEach((fingerprint, change) -> {
            int newOrgs = 0;
            for (String org : change.orgs) {
                if (!knownOrgs.contains(List.of(fingerprint, org))) {
                    newOrgs += jdbc.update(addOrg, fingerprint, org);
                }
            }
            // A group with only open-state changes in this batch keeps its first and last seen: LEAST against the
            // far future and GREATEST against the epoch leave them as they are.
            updates.add(new Object[]{change.size, change.open, newOrgs,
                    time(change.firstSeen == null ? NO_EARLIER : change.firstSeen),
                    time(change.lastSeen == null ? Instant.EPOCH : change.lastSeen), fingerprint});
        });
        BatchedWrites.run(jdbc, updateGroup, updates);
    }

    /**
     * The batch's group and org pairs that the view already has: they add no org, and a replay's batches mostly
     * repeat them. Only the others are inserted, one at a time, because the count of rows each insert adds is what
     * keeps the org count right when two segments add the same pair at once (the second waits for the first and adds
     * nothing); rows are only ever removed all at once, by a reset.
     */
    private Set<List<String>> knownOrgs(JdbcTemplate jdbc) {
        Set<List<String>> known = new HashSet<>();
        List<Object> pairs = new ArrayList<>();
        groups.forEach((fingerprint, change) -> change.orgs.forEach(org -> {
            pairs.add(fingerprint);
            pairs.add(org);
        }));
        for (int from = 0; from < pairs.size(); from += 2 * PAIRS_PER_READ) {
            List<Object> chunk = pairs.subList(from, Math.min(pairs.size(), from + 2 * PAIRS_PER_READ));
            jdbc.query(knownOrgsIn + String.join(", ", Collections.nCopies(chunk.size() / 2, "(?, ?)")) + ")",
                    rs -> {
                        known.add(List.of(rs.getString(1), rs.getString(2)));
                    }, chunk.toArray());
        }
        return known;
    }

    /** Fingerprints of the items whose open state changed: from this batch's arrivals, else from stored items. */
    private Map<String, String> fingerprintsOf(JdbcTemplate jdbc) {
        Map<String, String> known = new HashMap<>(receivedFingerprints);
        List<String> missing = openChanges.keySet().stream().filter(id -> !known.containsKey(id)).sorted().toList();
        FeedbackItemRows.read(jdbc, fingerprints, missing, rs -> {
            known.put(rs.getString(1), rs.getString(2));
        });
        return known;
    }
}
