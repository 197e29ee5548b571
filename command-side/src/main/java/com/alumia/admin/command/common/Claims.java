package com.alumia.admin.command.common;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A name that one holder at a time may have (a page's slug, a hostname), kept in a table of two columns, the name as
 * its key and the holder: claimed and released by {@link InCommandTransaction} handlers, in the transaction of the
 * command whose event claims it, so that a command whose claim fails stores nothing.
 */
public final class Claims {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_]+");

    private final JdbcTemplate jdbc;
    private final String select;
    private final String insert;
    private final String delete;

    public Claims(DataSource dataSource, String table, String nameColumn, String holderColumn) {
        for (String identifier : new String[]{table, nameColumn, holderColumn}) {
            if (!IDENTIFIER.matcher(identifier).matches()) {
                throw new IllegalArgumentException("not a table or column name: " + identifier);
            }
        }
        this.jdbc = new JdbcTemplate(dataSource);
        this.select = "SELECT " + holderColumn + " FROM " + table + " WHERE " + nameColumn + " = ?";
        this.insert = "INSERT INTO " + table + " (" + nameColumn + ", " + holderColumn + ") VALUES (?, ?)";
        this.delete = "DELETE FROM " + table + " WHERE " + nameColumn + " = ? AND " + holderColumn + " = ?";
    }

    /**
     * Claims {@code name} for {@code holder}, or throws what {@code taken} makes of the holder that has it (null when
     * another claim won the same instant). The key decides between two claims at once; the look first only names the
     * holder.
     */
    public void claim(String name, String holder, Function<String, DomainException> taken) {
        jdbc.queryForList(select, String.class, name).stream().findFirst().ifPresent(current -> {
            throw taken.apply(current);
        });
        try {
            jdbc.update(insert, name, holder);
        } catch (DuplicateKeyException e) {
            throw taken.apply(null);
        }
    }

    public void release(String name, String holder) {
        jdbc.update(delete, name, holder);
    }
}
