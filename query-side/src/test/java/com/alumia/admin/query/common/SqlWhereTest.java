package com.alumia.admin.query.common;

import com.alumia.admin.api.common.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqlWhereTest {

    private static final SqlWhere.Order SEVERITY = new SqlWhere.Order("severity", List.of(
            new SqlWhere.Key("rank", true, Integer.class), new SqlWhere.Key("at", true, Instant.class),
            new SqlWhere.Key("id", false, String.class)));
    private static final Instant AT = Instant.parse("2026-11-20T10:15:30.123456Z");

    @Test
    void aPageStartsStrictlyAfterTheLastRowsKeysInTheirDirections() {
        SqlWhere where = new SqlWhere().and("org_id", "org-a")
                .after(SEVERITY, SEVERITY.cursorAfter(List.of(3, AT, "fb_9")));
        assertThat(where.sql()).isEqualTo(" WHERE 1 = 1 AND org_id = ? AND ((rank < ?) OR (rank = ? AND at < ?)"
                                          + " OR (rank = ? AND at = ? AND id > ?))");
        assertThat(where.args()).containsExactly("org-a", 3, 3, BatchedWrites.time(AT), 3, BatchedWrites.time(AT),
                                                 "fb_9");
        assertThat(SEVERITY.orderBy()).isEqualTo(" ORDER BY rank DESC, at DESC, id ASC");
    }

    @Test
    void withoutACursorEveryRowAndAbsentFiltersMatchEverything() {
        SqlWhere where = new SqlWhere().and("status", null).and("org_id", " ").containsText("text", null)
                .after(SEVERITY, null);
        assertThat(where.sql()).isEqualTo(" WHERE 1 = 1");
        assertThat(where.args()).isEmpty();
    }

    @Test
    void aCursorOfAnotherOrderOrWithValuesThatDoNotFitIsRefused() {
        String recent = new SqlWhere.Order("recent", SEVERITY.keys()).cursorAfter(List.of(3, AT, "fb_9"));
        assertThatThrownBy(() -> new SqlWhere().after(SEVERITY, recent)).isInstanceOf(InvalidValueException.class);
        String wrongTypes = SEVERITY.cursorAfter(List.of("high", AT, "fb_9"));
        assertThatThrownBy(() -> new SqlWhere().after(SEVERITY, wrongTypes)).isInstanceOf(InvalidValueException.class);
        String tooShort = SEVERITY.cursorAfter(List.of(3, AT));
        assertThatThrownBy(() -> new SqlWhere().after(SEVERITY, tooShort)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void textIsMatchedAnywhereIgnoringCaseWithItsWildcardsTakenLiterally() {
        SqlWhere where = new SqlWhere().containsText("text", "50%_Off\\");
        assertThat(where.sql()).isEqualTo(" WHERE 1 = 1 AND lower(text) LIKE ? ESCAPE '\\'");
        assertThat(where.args()).containsExactly("%50\\%\\_off\\\\%");
    }
}
