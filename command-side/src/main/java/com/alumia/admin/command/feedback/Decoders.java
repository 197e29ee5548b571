package com.alumia.admin.command.feedback;

import java.util.Locale;
import java.util.Map;

/**
 * The encodings attackers wrap payloads in to slip past filters: URL escapes (including overlong UTF-8 and IIS
 * {@code %u}), HTML character references, and JavaScript-style backslash escapes. Each pass decodes one layer and
 * leaves anything malformed exactly as it was.
 */
final class Decoders {

    private static final char REPLACEMENT = '\uFFFD';
    private static final int MAX_DECIMAL_DIGITS = 10;

    private static final Map<String, Character> NAMED_ENTITIES = Map.ofEntries(
            Map.entry("lt", '<'), Map.entry("gt", '>'), Map.entry("amp", '&'), Map.entry("quot", '"'),
            Map.entry("apos", '\''), Map.entry("nbsp", '\u00a0'), Map.entry("sol", '/'), Map.entry("bsol", '\\'),
            Map.entry("colon", ':'), Map.entry("semi", ';'), Map.entry("lpar", '('), Map.entry("rpar", ')'),
            Map.entry("lsqb", '['), Map.entry("rsqb", ']'), Map.entry("lcub", '{'), Map.entry("rcub", '}'),
            Map.entry("lbrack", '['), Map.entry("rbrack", ']'), Map.entry("lbrace", '{'), Map.entry("rbrace", '}'),
            Map.entry("tab", '\t'), Map.entry("newline", '\n'), Map.entry("grave", '`'), Map.entry("equals", '='),
            Map.entry("excl", '!'), Map.entry("num", '#'), Map.entry("dollar", '$'), Map.entry("percnt", '%'),
            Map.entry("period", '.'), Map.entry("comma", ','), Map.entry("plus", '+'), Map.entry("ast", '*'),
            Map.entry("quest", '?'), Map.entry("commat", '@'), Map.entry("lowbar", '_'), Map.entry("vert", '|'),
            Map.entry("verbar", '|'), Map.entry("hyphen", '-'), Map.entry("dash", '-'));

    /** Browsers still honour these four without the closing semicolon. */
    private static final Map<String, Character> LEGACY_ENTITIES = Map.of("lt", '<', "gt", '>', "amp", '&', "quot", '"');

    private Decoders() {
    }

    static TracedText urlDecode(TracedText in, boolean plusIsSpace) {
        String s = in.text();
        int n = s.length();
        if (s.indexOf('%') < 0 && (!plusIsSpace || s.indexOf('+') < 0)) {
            return in;
        }
        TracedText.Builder out = in.rebuild();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '+' && plusIsSpace) {
                out.append(' ', i, i + 1);
                i++;
            } else if (c == '%' && i + 1 < n && (s.charAt(i + 1) == 'u' || s.charAt(i + 1) == 'U')
                    && hex(s, i + 2, 4) >= 0) {
                out.append((char) hex(s, i + 2, 4), i, i + 6);
                i += 6;
            } else if (c == '%' && hex(s, i + 1, 2) >= 0) {
                i = decodeUtf8(s, i, out);
            } else {
                out.copy(i);
                i++;
            }
        }
        return out.build();
    }

    /**
     * Decodes the UTF-8 sequence of {@code %XX} escapes starting at {@code i}. Overlong forms such as {@code %c0%af}
     * are decoded to the character they spell, as the vulnerable decoders that made them famous did.
     */
    private static int decodeUtf8(String s, int i, TracedText.Builder out) {
        int lead = hex(s, i + 1, 2);
        if (lead < 0x80) {
            out.append((char) lead, i, i + 3);
            return i + 3;
        }
        int continuations = lead >= 0xF0 && lead < 0xF8 ? 3
                : lead >= 0xE0 && lead < 0xF0 ? 2
                : lead >= 0xC0 && lead < 0xE0 ? 1
                : -1;
        if (continuations < 0) {
            out.append(REPLACEMENT, i, i + 3);
            return i + 3;
        }
        int codePoint = lead & (0x3F >> continuations);
        int j = i + 3;
        for (int k = 0; k < continuations; k++, j += 3) {
            int next = j < s.length() && s.charAt(j) == '%' ? hex(s, j + 1, 2) : -1;
            if (next < 0 || (next & 0xC0) != 0x80) {
                out.append(REPLACEMENT, i, i + 3);
                return i + 3;
            }
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        if (codePoint > Character.MAX_CODE_POINT || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
            out.append(REPLACEMENT, i, j);
        } else {
            out.appendCodePoint(codePoint, i, j);
        }
        return j;
    }

    static TracedText htmlDecode(TracedText in) {
        String s = in.text();
        if (s.indexOf('&') < 0) {
            return in;
        }
        TracedText.Builder out = in.rebuild();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int consumed = s.charAt(i) == '&' ? decodeEntity(s, i, out) : 0;
            if (consumed == 0) {
                out.copy(i);
                i++;
            } else {
                i += consumed;
            }
        }
        return out.build();
    }

    private static int decodeEntity(String s, int i, TracedText.Builder out) {
        int n = s.length();
        int j = i + 1;
        if (j < n && s.charAt(j) == '#') {
            j++;
            boolean hexadecimal = j < n && (s.charAt(j) == 'x' || s.charAt(j) == 'X');
            if (hexadecimal) {
                j++;
            }
            int start = j;
            long value = 0;
            while (j < n && j - start < MAX_DECIMAL_DIGITS && digit(s.charAt(j), hexadecimal) >= 0) {
                value = value * (hexadecimal ? 16 : 10) + digit(s.charAt(j), hexadecimal);
                j++;
            }
            if (j == start) {
                return 0;
            }
            if (j < n && s.charAt(j) == ';') {
                j++;
            }
            boolean valid = value > 0 && value <= Character.MAX_CODE_POINT && (value < 0xD800 || value > 0xDFFF);
            if (valid) {
                out.appendCodePoint((int) value, i, j);
            } else {
                out.append(REPLACEMENT, i, j);
            }
            return j - i;
        }
        while (j < n && j - i <= 10 && isAsciiLetter(s.charAt(j))) {
            j++;
        }
        String name = s.substring(i + 1, j).toLowerCase(Locale.ROOT);
        if (j < n && s.charAt(j) == ';' && NAMED_ENTITIES.containsKey(name)) {
            out.append(NAMED_ENTITIES.get(name), i, j + 1);
            return j + 1 - i;
        }
        if (LEGACY_ENTITIES.containsKey(name) && (j >= n || !Character.isLetterOrDigit(s.charAt(j)))) {
            out.append(LEGACY_ENTITIES.get(name), i, j);
            return j - i;
        }
        return 0;
    }

    static TracedText unescapeBackslashes(TracedText in) {
        String s = in.text();
        if (s.indexOf('\\') < 0) {
            return in;
        }
        TracedText.Builder out = in.rebuild();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            char next = i + 1 < n ? s.charAt(i + 1) : 0;
            if (c == '\\' && next == 'u' && hex(s, i + 2, 4) >= 0) {
                out.append((char) hex(s, i + 2, 4), i, i + 6);
                i += 6;
            } else if (c == '\\' && next == 'u' && i + 2 < n && s.charAt(i + 2) == '{') {
                int close = s.indexOf('}', i + 3);
                int value = close > i + 3 && close - (i + 3) <= 6 ? hex(s, i + 3, close - (i + 3)) : -1;
                if (value > 0 && value <= Character.MAX_CODE_POINT && (value < 0xD800 || value > 0xDFFF)) {
                    out.appendCodePoint(value, i, close + 1);
                    i = close + 1;
                } else {
                    out.copy(i);
                    i++;
                }
            } else if (c == '\\' && next == 'x' && hex(s, i + 2, 2) >= 0) {
                out.append((char) hex(s, i + 2, 2), i, i + 4);
                i += 4;
            } else {
                out.copy(i);
                i++;
            }
        }
        return out.build();
    }

    /** The value of {@code length} hex digits at {@code start}, or -1 if they are not all there. */
    private static int hex(String s, int start, int length) {
        if (start + length > s.length()) {
            return -1;
        }
        int value = 0;
        for (int k = start; k < start + length; k++) {
            int d = digit(s.charAt(k), true);
            if (d < 0) {
                return -1;
            }
            value = value * 16 + d;
        }
        return value;
    }

    private static int digit(char c, boolean hexadecimal) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (!hexadecimal) {
            return -1;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
