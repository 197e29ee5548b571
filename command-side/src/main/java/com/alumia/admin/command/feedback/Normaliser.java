package com.alumia.admin.command.feedback;

import java.util.List;

/**
 * Turns an input into a {@link NormalisedField}: bounded, decoded layer by layer, then folded for matching.
 */
final class Normaliser {

    /** Attack strings sit near the start of what a scanner sends; anything beyond only costs time. */
    static final int MAX_INSPECTED_CHARS = 16 * 1024;

    /** Enough for double and triple encoding; more layers than that no server would decode either. */
    private static final int DECODE_ROUNDS = 3;

    /** Comments used as filler are short; a longer span is prose that happens to contain the characters. */
    private static final int MAX_COMMENT_LENGTH = 256;

    private static final int FULLWIDTH_FIRST = 0xFF01;
    private static final int FULLWIDTH_LAST = 0xFF5E;
    private static final int FULLWIDTH_OFFSET = 0xFEE0;

    private Normaliser() {
    }

    static NormalisedField normalise(InputField field, String input) {
        TracedText raw = TracedText.of(bound(input == null ? "" : input));
        TracedText decoded = raw;
        for (int round = 0; round < DECODE_ROUNDS; round++) {
            TracedText next = Decoders.unescapeBackslashes(
                    Decoders.htmlDecode(Decoders.urlDecode(decoded, field.plusIsSpace())));
            if (next.text().equals(decoded.text())) {
                break;
            }
            decoded = next;
        }
        List<TracedText> views = decoded.text().contains("/*")
                ? List.of(fold(stripComments(decoded, true)), fold(stripComments(decoded, false)))
                : List.of(fold(decoded));
        return new NormalisedField(field, raw, decoded, views);
    }

    private static String bound(String input) {
        if (input.length() <= MAX_INSPECTED_CHARS) {
            return input;
        }
        int end = MAX_INSPECTED_CHARS;
        if (Character.isHighSurrogate(input.charAt(end - 1))) {
            end--;
        }
        return input.substring(0, end);
    }

    /**
     * Reads a /*...*&#47; comment as a space or as nothing, and unwraps MySQL's executable comments
     * (/*!50000UNION*&#47;), whose content the database runs.
     */
    private static TracedText stripComments(TracedText in, boolean asSpace) {
        String s = in.text();
        int n = s.length();
        TracedText.Builder out = in.rebuild();
        boolean inExecutable = false;
        int i = 0;
        while (i < n) {
            if (s.startsWith("/*!", i)) {
                int j = i + 3;
                while (j < n && j < i + 9 && Character.isDigit(s.charAt(j))) {
                    j++;
                }
                if (asSpace) {
                    out.append(' ', i, j);
                }
                inExecutable = true;
                i = j;
            } else if (inExecutable && s.startsWith("*/", i)) {
                if (asSpace) {
                    out.append(' ', i, i + 2);
                }
                inExecutable = false;
                i += 2;
            } else if (s.startsWith("/*", i)) {
                int close = closingComment(s, i + 2);
                if (close < 0) {
                    out.copy(i);
                    i++;
                } else {
                    if (asSpace) {
                        out.append(' ', i, close + 2);
                    }
                    i = close + 2;
                }
            } else {
                out.copy(i);
                i++;
            }
        }
        return out.build();
    }

    private static int closingComment(String s, int from) {
        int limit = Math.min(s.length() - 1, from + MAX_COMMENT_LENGTH);
        for (int k = from; k < limit; k++) {
            if (s.charAt(k) == '*' && s.charAt(k + 1) == '/') {
                return k;
            }
        }
        return -1;
    }

    /**
     * Collapses whitespace to one space, or to one line break where the run held one (a line break separates shell
     * commands), drops invisible characters, maps fullwidth ASCII back to ASCII and lowercases.
     */
    private static TracedText fold(TracedText in) {
        String s = in.text();
        int n = s.length();
        TracedText.Builder out = in.rebuild();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                int j = i;
                boolean lineBreak = false;
                while (j < n && isSpace(s.charAt(j))) {
                    lineBreak |= s.charAt(j) == '\n' || s.charAt(j) == '\r';
                    j++;
                }
                out.append(lineBreak ? '\n' : ' ', i, j);
                i = j;
            } else {
                if (!isInvisible(c)) {
                    char ascii = c >= FULLWIDTH_FIRST && c <= FULLWIDTH_LAST ? (char) (c - FULLWIDTH_OFFSET) : c;
                    out.append(Character.toLowerCase(ascii), i, i + 1);
                }
                i++;
            }
        }
        return out.build();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Zero-width characters split keywords for a filter while the browser or database ignores them. */
    private static boolean isInvisible(char c) {
        return c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\u2060' || c == '\ufeff' || c == '\u00ad';
    }
}
