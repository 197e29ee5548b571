package com.alumia.admin.query.common;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Rows sent as COPY land as the same rows a JDBC batch of the insert makes, against the server itself (PostgreSQL
 * runs only).
 */
class CopyRowsPostgresTest {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final String COLUMNS = "(id bigint PRIMARY KEY, label text, note varchar(200), n integer, "
                                          + "flag boolean, at timestamptz, data bytea, amount numeric(12, 2), doc text)";

    private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final String copied = "copy_probe_" + suffix;
    private final String batched = "batch_probe_" + suffix;
    private SingleConnectionDataSource dataSource;
    private JdbcTemplate jdbc;

    @BeforeEach
    void twoTablesOfTheSameShape() {
        assumeTrue("postgres".equals(System.getProperty("alumia.test.profile")));
        dataSource = new SingleConnectionDataSource(URL, "postgres", "", true);
        jdbc = new JdbcTemplate(dataSource);
        // Far from UTC, so that a timestamp read in the session's zone rather than as an instant shows.
        jdbc.execute("SET TIME ZONE 'Pacific/Chatham'");
        jdbc.execute("CREATE TABLE " + copied + " " + COLUMNS);
        jdbc.execute("CREATE TABLE " + batched + " " + COLUMNS);
    }

    @AfterEach
    void dropThem() {
        if (dataSource != null) {
            jdbc.execute("DROP TABLE IF EXISTS " + copied);
            jdbc.execute("DROP TABLE IF EXISTS " + batched);
            dataSource.destroy();
        }
    }

    private static String insert(String table) {
        return "INSERT INTO " + table + " (id, label, note, n, flag, at, data, amount, doc) "
               + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    private static List<Object[]> awkwardRows() {
        String[] labels = {"plain", "tab\there", "line\nbreak", "carriage\rreturn", "back\\slash", "\\.", "\\N",
                "ünïcödé ✓ 日本", "", "trailing\\", "'quoted' \"both\"", "a,b;c|d"};
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Instant at = Instant.parse("2026-03-29T01:59:59.123456Z").plusSeconds(i * 3_600L).plusNanos(i * 1_000L);
            rows.add(new Object[]{(long) i, labels[i % labels.length], i % 3 == 0 ? null : "note " + i, i - 20,
                    i % 2 == 0, BatchedWrites.time(at), i % 4 == 0 ? null : new byte[]{(byte) i, 0, (byte) 200},
                    new BigDecimal(i).movePointLeft(2), "{\"k\": \"v\\t" + i + "\", \"n\": [" + i + "]}"});
        }
        return rows;
    }

    @Test
    void copiedRowsEqualTheRowsOfAJdbcBatch() {
        List<Object[]> rows = awkwardRows();
        String copy = CopyRows.copyOf(insert(copied)).orElseThrow();
        assertThat(jdbc.execute((ConnectionCallback<Boolean>) c -> CopyRows.write(c, copy, rows))).isTrue();
        jdbc.batchUpdate(insert(batched), rows);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM " + copied, Long.class)).isEqualTo(rows.size());
        assertThat(jdbc.queryForList("SELECT * FROM " + copied + " EXCEPT SELECT * FROM " + batched)).isEmpty();
        assertThat(jdbc.queryForList("SELECT * FROM " + batched + " EXCEPT SELECT * FROM " + copied)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT label FROM " + copied + " WHERE id = 1", String.class))
                .isEqualTo("tab\there");
    }

    @Test
    void aRowOfATypeCopyDoesNotWriteSendsTheWholeBatchAsInsertsInstead() {
        List<Object[]> rows = awkwardRows();
        rows.get(7)[7] = 0.07d;
        String copy = CopyRows.copyOf(insert(copied)).orElseThrow();
        assertThat(jdbc.execute((ConnectionCallback<Boolean>) c -> CopyRows.write(c, copy, rows))).isFalse();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM " + copied, Long.class)).isZero();

        BatchedWrites.run(jdbc, insert(copied), rows);
        assertThat(jdbc.queryForObject("SELECT amount FROM " + copied + " WHERE id = 7", BigDecimal.class))
                .isEqualByComparingTo("0.07");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM " + copied, Long.class)).isEqualTo(rows.size());
    }

    @Test
    void aCopyThatBreaksAConstraintFailsAsTheBatchWouldAndLeavesNothing() {
        List<Object[]> rows = awkwardRows();
        rows.get(30)[0] = 3L;
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        assertThatThrownBy(() -> transaction.executeWithoutResult(s -> BatchedWrites.run(jdbc, insert(copied), rows)))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM " + copied, Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT 1", Integer.class)).as("the connection is usable after").isEqualTo(1);
    }

    /**
     * Which way {@link BatchedWrites#run} sent the rows, seen in the one place the two differ: COPY reads a string
     * into a jsonb column by the column's own input, a JDBC batch binds it as varchar, which the server refuses.
     */
    @Test
    void manyRowsOfAPlainInsertGoAsCopyAndFewAsABatch() {
        String json = "json_probe_" + suffix;
        jdbc.execute("CREATE TABLE " + json + " (id bigint, doc jsonb)");
        try {
            String insert = "INSERT INTO " + json + " (id, doc) VALUES (?, ?)";
            List<Object[]> many = new ArrayList<>();
            for (long i = 0; i < BatchedWrites.COPY_FROM_ROWS; i++) {
                many.add(new Object[]{i, "{\"n\": " + i + "}"});
            }
            BatchedWrites.run(jdbc, insert, many);
            assertThat(jdbc.queryForObject("SELECT sum((doc ->> 'n')::int) FROM " + json, Long.class))
                    .isEqualTo(120L);

            List<Object[]> few = many.subList(0, BatchedWrites.COPY_FROM_ROWS - 1);
            assertThatThrownBy(() -> BatchedWrites.run(jdbc, insert, few))
                    .as("the same statement and rows, one short of a COPY").isInstanceOf(BadSqlGrammarException.class);
        } finally {
            jdbc.execute("DROP TABLE IF EXISTS " + json);
        }
    }
}
