package com.alumia.admin.query.common;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IsoInstantsTest {

    @Test
    void readsWhatInstantParseReads() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            Instant at = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 250_000_000_000L),
                    random.nextInt(1_000_000_000));
            String text = at.toString(); // 0, 3, 6 or 9 fraction digits
            assertThat(IsoInstants.parse(text)).as(text).isEqualTo(Instant.parse(text));
            String millis = text.length() > 20 && text.charAt(19) == '.'
                    ? text.substring(0, Math.min(text.length() - 1, 21 + random.nextInt(9))) + "Z" : text;
            assertThat(IsoInstants.parse(millis)).as(millis).isEqualTo(Instant.parse(millis));
        }
        assertThat(IsoInstants.parse("2026-11-25T03:40:32.123Z")).isEqualTo(Instant.parse("2026-11-25T03:40:32.123Z"));
        assertThat(IsoInstants.parse("2024-02-29T23:59:59Z")).isEqualTo(Instant.parse("2024-02-29T23:59:59Z"));
    }

    @Test
    void otherFormsAreLeftToTheGeneralParser() {
        assertThat(IsoInstants.parse("2026-11-25T04:40:32.5+01:00")).isEqualTo(Instant.parse("2026-11-25T03:40:32.5Z"));
        assertThat(IsoInstants.parse("+12026-11-25T03:40:32Z")).isEqualTo(Instant.parse("+12026-11-25T03:40:32Z"));
        assertThat(IsoInstants.parse("2026-12-31T23:59:60Z")).isEqualTo(Instant.parse("2026-12-31T23:59:60Z"));
        assertThat(IsoInstants.parse("2026-11-25T03:40:32.123Z", text -> Instant.EPOCH))
                .as("the fast path does not ask the general parser").isEqualTo(Instant.parse("2026-11-25T03:40:32.123Z"));
        assertThat(IsoInstants.parse("2026-11-25 03:40:32Z", text -> Instant.EPOCH)).isEqualTo(Instant.EPOCH);
    }

    @Test
    void oddOrBadTextEndsAsInstantParseEnds() {
        for (String odd : new String[]{"2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z", "2026-11-25T24:00:00Z",
                "2026-11-25T03:60:00Z", "2026-11-25T03:40:32.Z", "2026-1x-25T03:40:32Z",
                "2026-11-25T03:40:32.1234567890Z", "2026-11-25T03:40:32.12a4Z", "not a time at all"}) {
            assertThat(outcome(() -> IsoInstants.parse(odd))).as(odd).isEqualTo(outcome(() -> Instant.parse(odd)));
        }
        assertThatThrownBy(() -> IsoInstants.parse("2026-13-01T00:00:00Z")).isInstanceOf(DateTimeParseException.class);
    }

    /** The instant read, or the kind of failure. */
    private static Object outcome(java.util.function.Supplier<Instant> parse) {
        try {
            return parse.get();
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }
}
