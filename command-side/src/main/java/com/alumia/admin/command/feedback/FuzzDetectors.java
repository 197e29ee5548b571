package com.alumia.admin.command.feedback;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises input made to break a parser rather than to exploit one: overflow fill, format-string bursts, binary
 * junk and random strings. These measure the decoded text, case and spacing intact, instead of matching it.
 */
final class FuzzDetectors {

    /** Frustrated users type "aaaargh" and "!!!!!", not 48 of them; rulers and dividers stay under 128. */
    private static final int ALNUM_RUN = 48;
    private static final int SYMBOL_RUN = 128;

    private static final Pattern REPEATED_UNIT = Pattern.compile("(.{2,8}?)\\1{31,256}", Pattern.DOTALL);
    private static final Pattern CYCLIC_PATTERN = Pattern.compile("(?:[A-Z][a-z][0-9]){10,64}");
    private static final Pattern FILL_WORD = Pattern.compile("\\b0x(?:41|42|43|61|90|cc){4,64}\\b",
            Pattern.CASE_INSENSITIVE);

    private static final String FORMAT_SPEC =
            "%(?:\\d{1,3}\\$)?[-+#0]{0,2}\\d{0,4}(?:\\.\\d{1,4})?(?:hh|h|ll|l|z|j|t)?";
    private static final String CONVERSIONS = "[sxXnpdiuoc]";
    /** In undecoded input {@code %5c} and {@code %3d} are URL escapes far more often than conversions. */
    private static final String RAW_CONVERSIONS = "[sxXnpiuo]";
    private static final Pattern FORMAT_BURST = burst(CONVERSIONS);
    private static final Pattern RAW_FORMAT_BURST = burst(RAW_CONVERSIONS);
    private static final Pattern DANGEROUS_SPEC = Pattern.compile(FORMAT_SPEC + "[nxXp]");
    private static final Pattern ANY_SPEC = Pattern.compile(FORMAT_SPEC + CONVERSIONS);

    private static final int MIN_CONTROL = 2;
    private static final int MANY_CONTROL = 8;
    private static final int CONTROL_SHARE_PERCENT = 5;

    private static final int LONG_TOKEN = 1024;

    private static final int GARBAGE_MIN_CHARS = 32;
    private static final double GARBAGE_MIN_ENTROPY = 4.6;
    private static final double GARBAGE_MAX_PROSE = 0.3;
    private static final double GARBAGE_MIN_SYMBOLS = 0.15;
    private static final Pattern URL_OR_EMAIL = Pattern.compile(
            "(?:https?://|www\\.)\\S+|[^\\s@]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,8}");

    private FuzzDetectors() {
    }

    private static Pattern burst(String conversions) {
        return Pattern.compile("(?:" + FORMAT_SPEC + conversions + "[\\s.,:;|_-]{0,2}){2,32}");
    }

    static Detector repeatedChar() {
        return field -> {
            TracedText t = field.decoded();
            String s = t.text();
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                int j = i + 1;
                while (j < s.length() && s.charAt(j) == c) {
                    j++;
                }
                boolean ascii = c < 0x80 && !Character.isWhitespace(c);
                if (ascii && j - i >= (Character.isLetterOrDigit(c) ? ALNUM_RUN : SYMBOL_RUN)) {
                    return Optional.of(t.found(i, j));
                }
                i = j;
            }
            return Optional.empty();
        };
    }

    /** Repeated multi-character fill ("ABABAB", "%n%n"), Metasploit's cyclic pattern, and 0x41414141 words. */
    static Detector overflowPattern() {
        return field -> {
            TracedText t = field.decoded();
            Matcher unit = REPEATED_UNIT.matcher(t.text());
            for (int candidate = 0; candidate < 16 && unit.find(); candidate++) {
                if (isFillUnit(unit.group(1))) {
                    return Optional.of(t.found(unit.start(), unit.end()));
                }
            }
            for (Pattern pattern : new Pattern[] {CYCLIC_PATTERN, FILL_WORD}) {
                Matcher m = pattern.matcher(t.text());
                if (m.find()) {
                    return Optional.of(t.found(m.start(), m.end()));
                }
            }
            return Optional.empty();
        };
    }

    /** A single repeated character is {@link #repeatedChar()}'s; emoji and other non-ASCII fill is exuberance. */
    private static boolean isFillUnit(String unit) {
        boolean varied = false;
        for (int k = 0; k < unit.length(); k++) {
            char c = unit.charAt(k);
            if (c >= 0x80) {
                return false;
            }
            varied |= c != unit.charAt(0);
        }
        return varied && !unit.isBlank();
    }

    /**
     * Three or more conversion specifiers in a row, or two when one of them reads or writes memory ({@code %n},
     * {@code %x}, {@code %p}). Looked for in the raw input too, because URL decoding reads {@code %08x} as a byte.
     */
    static Detector formatString() {
        return field -> {
            TracedText[] texts = {field.raw(), field.decoded()};
            Pattern[] bursts = {RAW_FORMAT_BURST, FORMAT_BURST};
            for (int k = 0; k < texts.length; k++) {
                TracedText t = texts[k];
                Matcher burst = bursts[k].matcher(t.text());
                while (burst.find()) {
                    String found = burst.group();
                    int specs = 0;
                    Matcher spec = ANY_SPEC.matcher(found);
                    while (spec.find()) {
                        specs++;
                    }
                    if (specs >= 3 || DANGEROUS_SPEC.matcher(found).find()) {
                        return Optional.of(t.found(burst.start(), burst.end()));
                    }
                }
            }
            return Optional.empty();
        };
    }

    /** Control characters, unassigned or private-use code points and decoding debris, as a share of the input. */
    static Detector controlChars() {
        return field -> {
            TracedText t = field.decoded();
            String s = t.text();
            int bad = 0;
            int total = 0;
            int first = -1;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                if (isJunk(cp)) {
                    bad++;
                    if (first < 0) {
                        first = i;
                    }
                }
                total++;
                i += Character.charCount(cp);
            }
            boolean junk = bad >= MANY_CONTROL || (bad >= MIN_CONTROL && bad * 100 >= total * CONTROL_SHARE_PERCENT);
            return junk ? Optional.of(t.found(first, Math.min(s.length(), first + Evidence.MAX_LENGTH)))
                    : Optional.empty();
        };
    }

    private static boolean isJunk(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return false;
        }
        if (cp == 0xFFFD || cp == 0xFFFE || cp == 0xFFFF) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                || type == Character.SURROGATE;
    }

    /** A run without whitespace longer than any word or pasted link in free text. */
    static Detector longToken() {
        return field -> {
            TracedText t = field.decoded();
            String s = t.text();
            int i = 0;
            while (i < s.length()) {
                while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                boolean link = s.startsWith("http://", start) || s.startsWith("https://", start);
                if (i - start >= LONG_TOKEN && !link) {
                    return Optional.of(t.found(start, Math.min(i, start + Evidence.MAX_LENGTH)));
                }
            }
            return Optional.empty();
        };
    }

    /**
     * Keyboard-wide random characters: high entropy, a good share of symbols, mixed character classes, and almost
     * nothing that reads as a word. Links and e-mail addresses are set aside first: they look random but are not.
     */
    static Detector randomGarbage() {
        return field -> {
            TracedText t = field.decoded();
            String rest = URL_OR_EMAIL.matcher(t.text()).replaceAll(" ");
            int[] classes = new int[4];
            Map<Integer, Integer> frequencies = new HashMap<>();
            int total = 0;
            for (int i = 0; i < rest.length(); ) {
                int cp = rest.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isWhitespace(cp)) {
                    continue;
                }
                total++;
                frequencies.merge(cp, 1, Integer::sum);
                int charClass = Character.isUpperCase(cp) ? 0
                        : Character.isLowerCase(cp) ? 1
                        : Character.isDigit(cp) ? 2
                        : 3;
                classes[charClass]++;
            }
            if (total < GARBAGE_MIN_CHARS || classes[3] < total * GARBAGE_MIN_SYMBOLS) {
                return Optional.empty();
            }
            int present = 0;
            for (int c : classes) {
                present += c > 0 ? 1 : 0;
            }
            boolean garbage = present >= 3 && entropy(frequencies, total) >= GARBAGE_MIN_ENTROPY
                    && Words.proseShare(rest) < GARBAGE_MAX_PROSE;
            return garbage ? Optional.of(t.found(0, Math.min(t.length(), Evidence.MAX_LENGTH))) : Optional.empty();
        };
    }

    private static double entropy(Map<Integer, Integer> frequencies, int total) {
        double bits = 0;
        for (int count : frequencies.values()) {
            double p = (double) count / total;
            bits -= p * Math.log(p) / Math.log(2);
        }
        return bits;
    }
}
