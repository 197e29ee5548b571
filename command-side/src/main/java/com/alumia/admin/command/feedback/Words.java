package com.alumia.admin.command.feedback;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells prose from noise: how many words a text has, and how many of them look like words of a human language.
 */
final class Words {

    /** Short words are common in prose but a random string throws up two-letter runs with a vowel too easily. */
    private static final Set<String> SHORT_WORDS = Set.of(
            "a", "i", "is", "it", "to", "in", "on", "at", "of", "me", "my", "no", "do", "we", "be", "an", "or",
            "if", "so", "up", "us", "ok", "hi", "go", "by", "am", "he", "as", "es", "ja", "le", "la", "el", "de",
            "un", "et", "en", "du", "il", "ne", "se", "si", "ce", "da", "zu", "im", "wo");

    private static final String VOWELS = "aeiouyäöüàáâãåæèéêëìíîïòóôõøœùúûýÿ";
    private static final int MAX_WORD_LENGTH = 24;
    private static final int MAX_SAME_LETTER_RUN = 3;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Words() {
    }

    /** Whitespace-separated tokens that hold a letter or digit; text without spaces counts two characters a word. */
    static int count(String text) {
        int words = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            boolean meaningful = false;
            int unspaced = 0;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                int cp = text.codePointAt(i);
                meaningful |= Character.isLetterOrDigit(cp);
                if (isUnspacedScript(cp)) {
                    unspaced++;
                }
                i += Character.charCount(cp);
            }
            if (i > start && meaningful) {
                words += Math.max(1, unspaced / 2);
            }
        }
        return words;
    }

    /**
     * Distinct whitespace-separated tokens that read as words of a human language once surrounding punctuation is
     * stripped: Latin words of plausible length with a vowel, in one of the casings people write (lower,
     * Capitalised, UPPER), not "aaaa"; words in other scripts; two characters a word in scripts written without
     * spaces. Random strings rarely put spaces around a run of letters, and fuzz repeats one word at most.
     */
    static int distinctNormalWords(String text) {
        Set<String> seen = new HashSet<>();
        int words = 0;
        for (String token : WHITESPACE.split(text)) {
            String core = stripPunctuation(token);
            if (!core.isEmpty() && isLetters(core) && seen.add(core.toLowerCase(Locale.ROOT))) {
                words += wordValue(core);
            }
        }
        return words;
    }

    private static String stripPunctuation(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && !Character.isLetter(token.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(token.charAt(end - 1))) {
            end--;
        }
        return token.substring(start, end);
    }

    private static boolean isLetters(String core) {
        for (int i = 0; i < core.length(); i++) {
            char c = core.charAt(i);
            boolean joiner = (c == '-' || c == '\'' || c == '\u2019') && i > 0 && i + 1 < core.length();
            if (!Character.isLetter(c) && !Character.isSurrogate(c) && !joiner) {
                return false;
            }
        }
        return true;
    }

    /**
     * The share of non-space characters in letter runs that read as words, from 0 to 1. Unlike
     * {@link #distinctNormalWords} it looks inside tokens, so words glued by punctuation, as in a pasted JSON
     * error, still count as prose.
     */
    static double proseShare(String text) {
        int[] measured = measure(text);
        return measured[1] == 0 ? 0 : (double) measured[0] / measured[1];
    }

    /** {characters in letter runs that read as words, non-space characters}. */
    private static int[] measure(String text) {
        int proseChars = 0;
        int nonSpace = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!Character.isLetter(cp)) {
                if (!Character.isWhitespace(cp)) {
                    nonSpace++;
                }
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetter(text.codePointAt(i)) || isInnerApostrophe(text, i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            String run = text.substring(start, i);
            int length = run.codePointCount(0, run.length());
            nonSpace += length;
            if (wordValue(run) > 0) {
                proseChars += length;
            }
        }
        return new int[] {proseChars, nonSpace};
    }

    private static int wordValue(String run) {
        int unspaced = (int) run.codePoints().filter(Words::isUnspacedScript).count();
        if (unspaced > 0) {
            return Math.max(1, unspaced / 2);
        }
        int first = run.codePointAt(0);
        if (Character.UnicodeScript.of(first) != Character.UnicodeScript.LATIN) {
            return run.length() >= 2 ? 1 : 0;
        }
        String lower = run.toLowerCase(Locale.ROOT);
        if (SHORT_WORDS.contains(lower)) {
            return 1;
        }
        if (run.length() < 3 || run.length() > MAX_WORD_LENGTH || !hasVowel(lower) || hasLongRun(lower)) {
            return 0;
        }
        boolean casual = run.equals(lower) || run.equals(run.toUpperCase(Locale.ROOT))
                || (Character.isUpperCase(first) && run.substring(1).equals(lower.substring(1)));
        return casual ? 1 : 0;
    }

    private static boolean hasVowel(String lower) {
        for (int k = 0; k < lower.length(); k++) {
            if (VOWELS.indexOf(lower.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLongRun(String lower) {
        int run = 1;
        for (int k = 1; k < lower.length(); k++) {
            run = lower.charAt(k) == lower.charAt(k - 1) ? run + 1 : 1;
            if (run > MAX_SAME_LETTER_RUN) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInnerApostrophe(String text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '\u2019') && i > 0 && i + 1 < text.length()
                && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
    }

    /** Scripts written without spaces between words. */
    private static boolean isUnspacedScript(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
    }
}
