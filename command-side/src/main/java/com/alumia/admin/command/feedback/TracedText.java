package com.alumia.admin.command.feedback;

import java.util.Arrays;

/**
 * A transformed string that remembers which span of the original input each of its characters came from, so a
 * rule can match decoded, lowercased text yet quote the attacker's own bytes as evidence.
 */
final class TracedText {

    private final String source;
    private final String text;
    private final int[] from;
    private final int[] to;

    private TracedText(String source, String text, int[] from, int[] to) {
        this.source = source;
        this.text = text;
        this.from = from;
        this.to = to;
    }

    static TracedText of(String source) {
        int n = source.length();
        int[] from = new int[n];
        int[] to = new int[n];
        for (int i = 0; i < n; i++) {
            from[i] = i;
            to[i] = i + 1;
        }
        return new TracedText(source, source, from, to);
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    /** The original input behind the characters {@code [start, end)} of this text. */
    String sourceSpan(int start, int end) {
        if (end <= start) {
            return "";
        }
        return source.substring(from[start], to[end - 1]);
    }

    Detector.Found found(int start, int end) {
        return new Detector.Found(text.substring(start, end), Evidence.cut(sourceSpan(start, end)));
    }

    Builder rebuild() {
        return new Builder(this);
    }

    /** Builds the next stage of a transformation; each appended character names its span in the previous stage. */
    static final class Builder {

        private final TracedText previous;
        private final StringBuilder text;
        private int[] from;
        private int[] to;
        private int size;

        private Builder(TracedText previous) {
            this.previous = previous;
            this.text = new StringBuilder(previous.length());
            this.from = new int[Math.max(16, previous.length())];
            this.to = new int[from.length];
        }

        /** Appends {@code c} as the replacement for the previous stage's characters {@code [start, end)}. */
        Builder append(char c, int start, int end) {
            if (size == from.length) {
                from = Arrays.copyOf(from, size * 2);
                to = Arrays.copyOf(to, size * 2);
            }
            text.append(c);
            from[size] = previous.from[start];
            to[size] = previous.to[end - 1];
            size++;
            return this;
        }

        Builder appendCodePoint(int codePoint, int start, int end) {
            for (char c : Character.toChars(codePoint)) {
                append(c, start, end);
            }
            return this;
        }

        Builder copy(int index) {
            return append(previous.text.charAt(index), index, index + 1);
        }

        TracedText build() {
            return new TracedText(previous.source, text.toString(), from, to);
        }
    }
}
