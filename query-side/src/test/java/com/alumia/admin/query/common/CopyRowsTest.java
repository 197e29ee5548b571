package com.alumia.admin.query.common;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which inserts become a COPY, and each value as COPY's text format has it; {@link CopyRowsPostgresTest} sends them.
 */
class CopyRowsTest {

    @Test
    void aPlainInsertOfOneRowOfParametersBecomesACopyOfTheSameColumns() {
        assertThat(CopyRows.copyOf("""
                INSERT INTO audit_entry_aside (position, event_id,
                                               action)
                VALUES (?, ?, ?)""")).contains("COPY audit_entry_aside (position, event_id, action) FROM STDIN");
        assertThat(CopyRows.copyOf("insert into public.t (a) values (?)")).contains("COPY public.t (a) FROM STDIN");
    }

    @Test
    void anInsertCopyCannotDoStaysAnInsert() {
        assertThat(CopyRows.copyOf("INSERT INTO t (a, b) VALUES (?, ?) ON CONFLICT DO NOTHING")).isEmpty();
        assertThat(CopyRows.copyOf("INSERT INTO t (a, b) VALUES (?, 'open')")).isEmpty();
        assertThat(CopyRows.copyOf("INSERT INTO t (a, b) VALUES (?)")).isEmpty();
        assertThat(CopyRows.copyOf("INSERT INTO t (a) VALUES (?) RETURNING a")).isEmpty();
        assertThat(CopyRows.copyOf("INSERT INTO t (a) SELECT a FROM u WHERE b = ?")).isEmpty();
        assertThat(CopyRows.copyOf("INSERT INTO t VALUES (?, ?)")).isEmpty();
        assertThat(CopyRows.copyOf("UPDATE t SET a = ? WHERE b = ?")).isEmpty();
    }

    @Test
    void textKeepsItsTabsNewlinesAndBackslashesEscaped() {
        assertThat(text("plain, with spaces and \"quotes\"")).isEqualTo("plain, with spaces and \"quotes\"");
        assertThat(text("a\tb\nc\rd\\e\\.")).isEqualTo("a\\tb\\nc\\rd\\\\e\\\\.");
        assertThat(text("\\")).isEqualTo("\\\\");
        assertThat(text("ünïcödé ✓")).isEqualTo("ünïcödé ✓");
        assertThat(text("")).isEmpty();
    }

    @Test
    void nullNumbersBooleansBytesAndTimestampsHaveTheirTextForms() {
        assertThat(text(null)).isEqualTo("\\N");
        assertThat(text(42L)).isEqualTo("42");
        assertThat(text(-7)).isEqualTo("-7");
        assertThat(text(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(text(true)).isEqualTo("t");
        assertThat(text(false)).isEqualTo("f");
        assertThat(text(new byte[]{0, 15, (byte) 255})).isEqualTo("\\\\x000fff");
        assertThat(text(OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 6_000, ZoneOffset.ofHours(2))))
                .as("in UTC, every field padded, to the microsecond").isEqualTo("2026-01-02 01:04:05.000006+00");
        assertThat(text(Instant.parse("0999-12-31T23:59:59.999999999Z"))).isEqualTo("0999-12-31 23:59:59.999999+00");
    }

    @Test
    void aValueOfAnotherTypeOrBeyondTheYearsWrittenIsNotFormatted() {
        assertThat(CopyRows.format(UUID.randomUUID(), new StringBuilder())).isFalse();
        assertThat(CopyRows.format(1.5d, new StringBuilder())).isFalse();
        assertThat(CopyRows.format(Instant.parse("+10000-01-01T00:00:00Z"), new StringBuilder())).isFalse();
    }

    private static String text(Object value) {
        StringBuilder text = new StringBuilder();
        assertThat(CopyRows.format(value, text)).isTrue();
        return text.toString();
    }
}
