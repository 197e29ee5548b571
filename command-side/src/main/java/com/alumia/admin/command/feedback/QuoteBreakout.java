package com.alumia.admin.command.feedback;

import java.util.regex.Matcher;

/**
 * Accepts a match only if its quote could break out of a string literal. In {@code admin' OR 1=1} the quote is the
 * first in the input and closes a literal the server opened; in {@code WHERE name = 'bob' AND age > 30}, pasted from
 * someone's own code, it closes a literal the input opened itself. Apostrophes inside words (can't, O'Brien) are not
 * quotes.
 */
final class QuoteBreakout implements RegexDetector.Guard {

    private final String group;
    private final boolean acceptApostrophe;

    private QuoteBreakout(String group, boolean acceptApostrophe) {
        this.group = group;
        this.acceptApostrophe = acceptApostrophe;
    }

    /**
     * @param group            the named group that captures the quote; a match without it is accepted
     * @param acceptApostrophe whether the quote itself may sit between letters: {@code admin'or'1'='1} packs a real
     *                         breakout between letters, while "don't --" is just prose
     */
    static QuoteBreakout at(String group, boolean acceptApostrophe) {
        return new QuoteBreakout(group, acceptApostrophe);
    }

    @Override
    public boolean accepts(TracedText view, Matcher match) {
        String text = view.text();
        int at = match.start(group);
        if (at < 0) {
            return true;
        }
        if (!acceptApostrophe && isApostrophe(text, at)) {
            return false;
        }
        char quote = text.charAt(at);
        int before = 0;
        for (int k = 0; k < at; k++) {
            if (text.charAt(k) == quote && !isApostrophe(text, k)) {
                before++;
            }
        }
        return before % 2 == 0;
    }

    private static boolean isApostrophe(String text, int k) {
        return k > 0 && k + 1 < text.length()
                && Character.isLetter(text.charAt(k - 1)) && Character.isLetter(text.charAt(k + 1));
    }
}
