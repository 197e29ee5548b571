package com.alumia.admin.app.ops;

import com.alumia.admin.app.eventstore.Databases;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.alumia.admin.query.common.ViewTables.ASIDE_SUFFIX;

/**
 * The copies of a view's tables that a rebuild fills beside the live ones: each copy is made from the live table
 * as it is now (columns, defaults, keys, indexes), with every name followed by {@code __aside}, and the swap gives
 * the copy the live table's name and the names of its keys and indexes, so later migrations find what they expect.
 * <p>
 * On PostgreSQL the swap runs inside the caller's transaction, and readers see the old table or the new one. The
 * embedded database commits each DDL statement on its own, so there a reader can meet the moment between them.
 */
@Component
class AsideTables {

    /** {@code CREATE [UNIQUE] INDEX name ON [ONLY] table ...} as PostgreSQL prints an index. */
    static final Pattern PG_INDEX = Pattern.compile(
            "^(CREATE (?:UNIQUE )?INDEX )(\\S+)( ON (?:ONLY )?)(\\S+)( .*)$", Pattern.DOTALL);
    /** A schema-qualified name as the embedded database scripts it: {@code "public"."feedback_item"}. */
    private static final Pattern H2_NAME = Pattern.compile("(\"[^\"]+\"\\.\")([^\"]+)(\")");

    /** Changes below which a table's statistics are left as they are: plans of tables this small hardly differ. */
    private static final int FEW_ROWS = 1_000;

    private final JdbcTemplate jdbc;
    private final DeferredIndexes deferredIndexes;
    private final boolean postgres;

    AsideTables(DataSource dataSource, DeferredIndexes deferredIndexes) throws SQLException {
        this.jdbc = new JdbcTemplate(dataSource);
        this.deferredIndexes = deferredIndexes;
        this.postgres = Databases.isPostgres(dataSource);
    }

    /** Drops copies left by an earlier build and makes empty ones of {@code tables}. */
    void create(List<String> tables) {
        drop(tables);
        for (String table : tables) {
            for (String statement : postgres ? postgresCopy(table) : h2Copy(table)) {
                jdbc.execute(statement);
            }
        }
    }

    /**
     * Readies the filled copies to be switched in: makes the indexes held back while they were filled
     * ({@link DeferredIndexes}), then gives them planner statistics (PostgreSQL; the embedded database keeps its own
     * as rows change), so that the first queries after the switch are planned on the real sizes; indexes and
     * statistics stay with the tables through the rename. Returns false while the indexes are still being made
     * (without waiting for them: the build's heartbeat goes on meanwhile), true once the copies are ready; an index
     * that could not be made fails it.
     */
    boolean finish(List<String> tables) {
        List<String> copies = copies(tables);
        CompletableFuture<Void> indexes = deferredIndexes.restore(copies);
        if (!indexes.isDone()) {
            return false;
        }
        indexes.join();
        analyzeNamed(copies);
        return true;
    }

    static List<String> copies(List<String> tables) {
        return tables.stream().map(table -> table + ASIDE_SUFFIX).toList();
    }

    /**
     * While a view is filled (see {@link FillingViews}): analyzes those of {@code tables} (live, or copies) that
     * changed more since their last analysis than they then held rows ({@value #FEW_ROWS} changes at least), so a
     * table is analyzed each time it has about doubled. PostgreSQL only; one query when none has.
     */
    void analyzeGrown(List<String> tables) {
        if (!postgres) {
            return;
        }
        List<String> grown = jdbc.queryForList("""
                SELECT s.relname FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
                WHERE s.schemaname = current_schema() AND s.relname = ANY (?::text[])
                  AND s.n_mod_since_analyze > greatest(?, c.reltuples)""", String.class,
                tables.toArray(String[]::new), FEW_ROWS);
        analyzeNamed(grown);
    }

    private void analyzeNamed(List<String> tables) {
        if (postgres) {
            tables.forEach(table -> jdbc.execute("ANALYZE " + table));
        }
    }

    void drop(List<String> tables) {
        tables.forEach(table -> jdbc.execute("DROP TABLE IF EXISTS " + table + ASIDE_SUFFIX));
        deferredIndexes.forget(copies(tables));
    }

    /** Replaces each live table by its copy, under the live names; run it in the transaction of the switch. */
    void swap(List<String> tables) {
        for (String table : tables) {
            jdbc.execute("DROP TABLE " + table);
            jdbc.execute("ALTER TABLE " + table + ASIDE_SUFFIX + " RENAME TO " + table);
            for (String constraint : constraints(table)) {
                if (constraint.endsWith(ASIDE_SUFFIX)) {
                    jdbc.execute("ALTER TABLE " + table + " RENAME CONSTRAINT " + constraint + " TO " + live(constraint));
                }
            }
            for (String index : indexes(table)) {
                if (index.endsWith(ASIDE_SUFFIX)) {
                    jdbc.execute("ALTER INDEX " + index + " RENAME TO " + live(index));
                }
            }
        }
    }

    private static String live(String asideName) {
        return asideName.substring(0, asideName.length() - ASIDE_SUFFIX.length());
    }

    /**
     * The columns, defaults and checks come with {@code LIKE}; indexes are made again from their definitions, and
     * primary keys and unique constraints are put on their indexes, all under the copy's names.
     */
    private List<String> postgresCopy(String table) {
        refuseForeignKeys(table, jdbc.queryForObject(
                "SELECT count(*) FROM pg_constraint WHERE conrelid = to_regclass(?) AND contype = 'f'",
                Integer.class, table));
        List<String> statements = new ArrayList<>();
        statements.add("CREATE TABLE " + table + ASIDE_SUFFIX + " (LIKE " + table
                       + " INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING IDENTITY"
                       + " INCLUDING STORAGE)");
        // The live table's indexes, with those held back while it fills (the copy gets them all, and holds them
        // back itself while it fills).
        List<String> definitions = new ArrayList<>(jdbc.queryForList(
                "SELECT pg_get_indexdef(x.indexrelid) FROM pg_index x WHERE x.indrelid = to_regclass(?)",
                String.class, table));
        definitions.addAll(deferredIndexes.definitions(table));
        for (String definition : definitions) {
            Matcher m = PG_INDEX.matcher(definition);
            if (!m.matches()) {
                throw new IllegalStateException("unexpected index definition on " + table + ": " + definition);
            }
            statements.add(m.group(1) + m.group(2) + ASIDE_SUFFIX + m.group(3) + m.group(4) + ASIDE_SUFFIX
                           + m.group(5));
        }
        jdbc.query("SELECT conname, contype FROM pg_constraint WHERE conrelid = to_regclass(?) AND contype IN ('p', 'u')",
                rs -> {
                    String name = rs.getString(1) + ASIDE_SUFFIX;
                    statements.add("ALTER TABLE " + table + ASIDE_SUFFIX + " ADD CONSTRAINT " + name
                                   + ("p".equals(rs.getString(2)) ? " PRIMARY KEY" : " UNIQUE") + " USING INDEX " + name);
                }, table);
        return statements;
    }

    /** The embedded database scripts the table's DDL; every object in it gets the copy's name. */
    private List<String> h2Copy(String table) {
        List<String> statements = new ArrayList<>();
        jdbc.query("SCRIPT NODATA NOSETTINGS TABLE " + table, rs -> {
            String statement = rs.getString(1);
            if (statement.startsWith("CREATE USER") || statement.startsWith("--")) {
                return;
            }
            refuseForeignKeys(table, statement.contains(" REFERENCES ") ? 1 : 0);
            statements.add(H2_NAME.matcher(statement).replaceAll(m -> Matcher.quoteReplacement(
                    m.group(1) + m.group(2) + ASIDE_SUFFIX + m.group(3))));
        });
        return statements;
    }

    private static void refuseForeignKeys(String table, Integer count) {
        if (count != null && count > 0) {
            throw new IllegalStateException(table + " has foreign keys; a view built aside must not have any");
        }
    }

    private List<String> constraints(String table) {
        return postgres
                ? jdbc.queryForList("SELECT conname FROM pg_constraint WHERE conrelid = to_regclass(?) "
                                    + "AND contype IN ('p', 'u')", String.class, table)
                : jdbc.queryForList("SELECT constraint_name FROM information_schema.table_constraints "
                                    + "WHERE table_schema = current_schema AND table_name = ? "
                                    + "AND constraint_type IN ('PRIMARY KEY', 'UNIQUE')", String.class, table);
    }

    /** Indexes of the table other than those of its constraints (renaming a constraint renames those). */
    private List<String> indexes(String table) {
        return postgres
                ? jdbc.queryForList("SELECT i.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
                                    + "WHERE x.indrelid = to_regclass(?) AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
                                    + "WHERE c.conindid = x.indexrelid)", String.class, table)
                : jdbc.queryForList("SELECT index_name FROM information_schema.indexes WHERE table_schema = "
                                    + "current_schema AND table_name = ? AND index_name NOT IN (SELECT index_name "
                                    + "FROM information_schema.table_constraints WHERE table_schema = current_schema "
                                    + "AND table_name = ? AND index_name IS NOT NULL)", String.class, table, table);
    }
}
