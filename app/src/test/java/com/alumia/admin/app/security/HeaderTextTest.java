package com.alumia.admin.app.security;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderTextTest {

    /** Spring Security's own expressions, which {@link HeaderText} stands in for. */
    private static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void agreesWithTheFirewallsExpressionsOnEveryCodePoint() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String alone = new String(Character.toChars(c));
            for (String text : new String[]{alone, "Bearer " + alone + "x"}) {
                assertThat(HeaderText.allowedName(text)).as("name with U+%04X", c)
                        .isEqualTo(NAME.matcher(text).matches());
                assertThat(HeaderText.allowedValue(text)).as("value with U+%04X", c)
                        .isEqualTo(VALUE.matcher(text).matches());
            }
        }
    }

    @Test
    void agreesOnUnpairedSurrogatesAndTheEmptyText() {
        for (String text : new String[]{"", "\ud800", "a\udc00b", "\ud83d\ude00", "tab\there", "line\nbreak"}) {
            assertThat(HeaderText.allowedName(text)).as(text).isEqualTo(NAME.matcher(text).matches());
            assertThat(HeaderText.allowedValue(text)).as(text).isEqualTo(VALUE.matcher(text).matches());
        }
    }
}
