package com.alumia.admin.app.ops;

import com.alumia.admin.app.ApplicationTest;
import com.alumia.admin.app.Eventually;
import com.alumia.admin.app.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Tables being filled are analyzed as they grow, and left alone while they do not (PostgreSQL only: the embedded
 * database keeps its statistics itself).
 */
@ApplicationTest
class CatchUpStatisticsTest {

    @Autowired
    AsideTables tables;
    @Autowired
    DataSource dataSource;

    @Test
    void aTableIsAnalyzedEachTimeItHasAboutDoubled() {
        assumeTrue(TestDatabase.postgres());
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE catch_up_probe (id int)");
        try {
            jdbc.update("INSERT INTO catch_up_probe SELECT generate_series(1, 5000)");
            // The server counts a table's changes a moment after they commit.
            assertThat(Eventually.await(() -> {
                tables.analyzeGrown(List.of("catch_up_probe"), false);
                return rowsCounted(jdbc);
            }, rows -> rows == 5000)).isEqualTo(5000);

            jdbc.update("INSERT INTO catch_up_probe SELECT generate_series(1, 1000)");
            for (int i = 0; i < 5; i++) {
                tables.analyzeGrown(List.of("catch_up_probe"), false);
                Thread.sleep(200);
            }
            assertThat(rowsCounted(jdbc)).as("a fifth more is not yet a reason").isEqualTo(5000);

            jdbc.update("INSERT INTO catch_up_probe SELECT generate_series(1, 5000)");
            assertThat(Eventually.await(() -> {
                tables.analyzeGrown(List.of("catch_up_probe"), false);
                return rowsCounted(jdbc);
            }, rows -> rows == 11000)).isEqualTo(11000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            jdbc.execute("DROP TABLE catch_up_probe");
        }
    }

    /** The rows the last analysis counted. */
    private static long rowsCounted(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT reltuples::bigint FROM pg_class WHERE relname = 'catch_up_probe'",
                Long.class);
    }
}
