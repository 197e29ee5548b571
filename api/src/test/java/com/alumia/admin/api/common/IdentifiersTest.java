package com.alumia.admin.api.common;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentifiersTest {

    /** The rule as the published language states it. */
    private static final Pattern RULE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}");

    @Test
    void acceptsWhatTheRuleAccepts() {
        for (String id : new String[]{"a", "Z", "7", "fb_0123abcdef", "org-acme", "ops@example.com", "urn:x.y-z",
                "a".repeat(128)}) {
            assertThat(Identifiers.allowed(id)).as(id).isTrue();
            assertThat(Identifiers.require("id", id)).isEqualTo(id);
        }
    }

    @Test
    void refusesWhatTheRuleRefuses() {
        for (String id : new String[]{"", "-a", ".a", "_a", "@a", ":a", "a b", "a/b", "a\\b", "a'b", "a;b", "a%b",
                "é", "aé", "a\u0000", "a\n", "\uff41", "a".repeat(129)}) {
            assertThat(Identifiers.allowed(id)).as(id).isFalse();
            assertThatThrownBy(() -> Identifiers.require("feedback id", id))
                    .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("feedback id must be");
        }
        assertThat(Identifiers.allowed(null)).isFalse();
    }

    @Test
    void agreesWithTheRuleOnEveryCharacter() {
        for (char c = 0; c < 0x3000; c++) {
            for (String id : new String[]{String.valueOf(c), "a" + c, "a" + c + "b"}) {
                assertThat(Identifiers.allowed(id)).as("U+%04X in %s", (int) c, id)
                        .isEqualTo(RULE.matcher(id).matches());
            }
        }
    }
}
