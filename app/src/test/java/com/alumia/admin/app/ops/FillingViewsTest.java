package com.alumia.admin.app.ops;

import com.alumia.admin.app.ApplicationTest;
import com.alumia.admin.app.Eventually;
import com.alumia.admin.app.TestDatabase;
import com.alumia.admin.query.common.AsideView;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Tables being filled are analyzed as they grow, and left alone while they do not; their secondary indexes are
 * held back while they fill from empty and made again at the end (PostgreSQL only: the embedded database keeps its
 * statistics itself, and keeps its indexes).
 */
@ApplicationTest
class FillingViewsTest {

    @Autowired
    AsideTables tables;
    @Autowired
    DeferredIndexes indexes;
    @Autowired
    ProcessorStatuses statuses;
    @Autowired
    DataSource dataSource;
    @Autowired
    List<AsideView> views;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    AsideBuilds asideBuilds;
    @Autowired
    StoredTokens tokens;
    @Autowired
    EventStore eventStore;

    @Test
    void aTableIsAnalyzedEachTimeItHasAboutDoubled() {
        assumeTrue(TestDatabase.postgres());
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE catch_up_probe (id int)");
        try {
            jdbc.update("INSERT INTO catch_up_probe SELECT generate_series(1, 5000)");
            // The server counts a table's changes a moment after they commit.
            assertThat(Eventually.await(() -> {
                tables.analyzeGrown(List.of("catch_up_probe"));
                return rowsCounted(jdbc);
            }, rows -> rows == 5000)).isEqualTo(5000);

            jdbc.update("INSERT INTO catch_up_probe SELECT generate_series(1, 1000)");
            for (int i = 0; i < 5; i++) {
                tables.analyzeGrown(List.of("catch_up_probe"));
                Thread.sleep(200);
            }
            assertThat(rowsCounted(jdbc)).as("a fifth more is not yet a reason").isEqualTo(5000);

            jdbc.update("INSERT INTO catch_up_probe SELECT generate_series(1, 5000)");
            assertThat(Eventually.await(() -> {
                tables.analyzeGrown(List.of("catch_up_probe"));
                return rowsCounted(jdbc);
            }, rows -> rows == 11000)).isEqualTo(11000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            jdbc.execute("DROP TABLE catch_up_probe");
        }
    }

    @Test
    void secondaryIndexesAreHeldBackAndMadeAgainFromTheirDefinitions() {
        assumeTrue(TestDatabase.postgres());
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE deferral_probe (id int, code text, org text, at timestamptz, "
                     + "CONSTRAINT pk_deferral_probe PRIMARY KEY (id), CONSTRAINT uk_deferral_probe UNIQUE (code))");
        jdbc.execute("CREATE INDEX ix_deferral_probe_org ON deferral_probe (org, at DESC)");
        jdbc.execute("CREATE UNIQUE INDEX ux_deferral_probe_org_code ON deferral_probe (org, code)");
        jdbc.execute("CREATE INDEX ix_deferral_probe_recent ON deferral_probe (at DESC) WHERE org IS NOT NULL");
        List<String> probe = List.of("deferral_probe");
        try {
            List<String> before = definitions(jdbc);

            indexes.defer(probe);
            assertThat(indexes.held(probe)).containsExactly("ix_deferral_probe_org", "ix_deferral_probe_recent");
            assertThat(names(jdbc)).as("keys and unique indexes keep guarding the rows")
                                   .containsExactlyInAnyOrder("pk_deferral_probe", "uk_deferral_probe",
                                           "ux_deferral_probe_org_code");
            indexes.defer(probe);
            assertThat(indexes.held(probe)).as("holding back twice changes nothing").hasSize(2);

            jdbc.update("INSERT INTO deferral_probe SELECT n, 'c' || n, 'org-' || (n % 7), now() "
                        + "FROM generate_series(1, 2000) AS n");
            indexes.restore(probe).join();
            assertThat(indexes.held(probe)).isEmpty();
            assertThat(definitions(jdbc)).isEqualTo(before);
        } finally {
            jdbc.execute("DROP TABLE deferral_probe");
            indexes.forget(probe);
        }
        assertThat(indexes.held(probe)).isEmpty();
    }

    @Test
    void theProcessorsScreenNamesTheIndexesHeldBackFromItsView() {
        List<String> audit = List.of("audit_entry", "audit_aggregate_org");
        try {
            indexes.defer(audit);
            List<String> held = heldBack("audit-log");
            if (TestDatabase.postgres()) {
                assertThat(held).contains("ix_audit_actor", "ix_audit_time").doesNotContain("pk_audit_entry");
            } else {
                assertThat(held).as("the embedded database keeps its indexes").isEmpty();
            }
            assertThat(heldBack("feedback-queue")).isEmpty();
        } finally {
            indexes.restore(audit).join();
        }
        assertThat(heldBack("audit-log")).isEmpty();
    }

    /** A table {@code name} (PostgreSQL only) with an index {@code ix_<name>_org} on its org column. */
    private JdbcTemplate tableWithAnOrgIndex(String name, String constraints) {
        assumeTrue(TestDatabase.postgres());
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE " + name + " (id int, org text" + constraints + ")");
        jdbc.execute("CREATE INDEX ix_" + name + "_org ON " + name + " (org)");
        return jdbc;
    }

    private List<String> heldBack(String processor) {
        return statuses.read().processor(processor).orElseThrow().heldBackIndexes();
    }

    @Test
    void aCopyBuiltAsideGetsTheIndexesHeldBackFromTheLiveTable() {
        JdbcTemplate jdbc = tableWithAnOrgIndex("aside_probe", ", CONSTRAINT pk_aside_probe PRIMARY KEY (id)");
        List<String> probe = List.of("aside_probe");
        try {
            indexes.defer(probe);
            tables.create(probe);
            assertThat(jdbc.queryForList("SELECT indexname FROM pg_indexes WHERE tablename = 'aside_probe__aside'",
                    String.class)).containsExactlyInAnyOrder("pk_aside_probe__aside", "ix_aside_probe_org__aside");
        } finally {
            tables.drop(probe);
            indexes.restore(probe).join();
            jdbc.execute("DROP TABLE aside_probe");
        }
    }

    @Test
    void aRecordOfADroppedTableIsLetGo() {
        JdbcTemplate jdbc = tableWithAnOrgIndex("deferral_gone", "");
        List<String> gone = List.of("deferral_gone");
        indexes.defer(gone);
        jdbc.execute("DROP TABLE deferral_gone");
        assertThat(indexes.held(gone)).containsExactly("ix_deferral_gone_org");
        indexes.restore(gone).join();
        assertThat(indexes.held(gone)).isEmpty();
    }

    @Test
    void aViewFilledFarBehindTheHeadHasItsIndexesHeldBackUntilItsProcessorIsNearIt() {
        JdbcTemplate jdbc = tableWithAnOrgIndex("filling_probe", "");
        List<String> probe = List.of("filling_probe");
        FillingViews filling = new FillingViews(views, processing, asideBuilds, tables, indexes, tokens, eventStore,
                50);
        // A processor with no token stands before the first event: head + 1 events behind.
        String processor = "filling-probe";
        try {
            filling.check(probe, processor, false, indexes.heldByTable(), () -> 1_000L);
            assertThat(indexes.held(probe)).as("not filled on this node: left alone").isEmpty();
            filling.check(probe, processor, true, indexes.heldByTable(), () -> 1_000L);
            assertThat(indexes.held(probe)).containsExactly("ix_filling_probe_org");
            filling.check(probe, processor, true, indexes.heldByTable(), () -> 10L);
            assertThat(indexes.held(probe)).as("11 behind: not yet within a tenth of 50")
                                           .containsExactly("ix_filling_probe_org");
            filling.check(probe, processor, false, indexes.heldByTable(), () -> 2L);
            assertThat(Eventually.await(() -> indexes.held(probe), List::isEmpty)).isEmpty();
            assertThat(jdbc.queryForList("SELECT indexname FROM pg_indexes WHERE tablename = 'filling_probe'",
                    String.class)).containsExactly("ix_filling_probe_org");
        } finally {
            indexes.forget(probe);
            jdbc.execute("DROP TABLE filling_probe");
        }
    }

    @Test
    void indexesAreHeldBackOnlyForAFillFromNearlyEmptyAndComeBackNearTheHead() {
        assertThat(FillingViews.defer(1_000_000, 12_000, 100_000)).as("a rebuild from empty").isTrue();
        assertThat(FillingViews.defer(99_999, 0, 100_000)).as("a short catch-up").isFalse();
        assertThat(FillingViews.defer(200_000, 5_000_000, 100_000)).as("a catch-up on a large view").isFalse();
        assertThat(FillingViews.restore(9_999, 100_000)).isTrue();
        assertThat(FillingViews.restore(10_000, 100_000)).as("held until near the head").isFalse();
    }

    private static List<String> names(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT indexname FROM pg_indexes WHERE tablename = 'deferral_probe'", String.class);
    }

    private static List<String> definitions(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT indexdef FROM pg_indexes WHERE tablename = 'deferral_probe' "
                                 + "ORDER BY indexname", String.class);
    }

    /** The rows the last analysis counted. */
    private static long rowsCounted(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT reltuples::bigint FROM pg_class WHERE relname = 'catch_up_probe'",
                Long.class);
    }
}
