package com.alumia.admin.command.feedback;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a precompiled pattern in the folded views of a field. Patterns are written for lowercased text with
 * single spaces and use only bounded repetition, so a hostile input cannot make them backtrack for long.
 */
final class RegexDetector implements Detector {

    /** A guard rejecting this many candidates in a row is looking at prose, not at a payload. */
    private static final int MAX_CANDIDATES = 16;

    private final Pattern pattern;
    private final List<String> anchors;
    private final Set<InputField> fields;
    private final Guard guard;

    private RegexDetector(Pattern pattern, List<String> anchors, Set<InputField> fields, Guard guard) {
        this.pattern = pattern;
        this.anchors = anchors;
        this.fields = fields;
        this.guard = guard;
    }

    /**
     * @param anchors literals of which every match contains at least one: a field holding none of them is skipped
     *                without running the pattern, which keeps ordinary feedback cheap
     */
    static RegexDetector of(String regex, String... anchors) {
        return new RegexDetector(Pattern.compile(regex), List.of(anchors), EnumSet.allOf(InputField.class),
                Guard.ANY);
    }

    RegexDetector onlyIn(InputField first, InputField... rest) {
        return new RegexDetector(pattern, anchors, EnumSet.of(first, rest), guard);
    }

    RegexDetector guardedBy(Guard guard) {
        return new RegexDetector(pattern, anchors, fields, guard);
    }

    @Override
    public Optional<Found> detect(NormalisedField field) {
        if (!fields.contains(field.field())) {
            return Optional.empty();
        }
        for (TracedText view : field.views()) {
            if (!isAnchored(view.text())) {
                continue;
            }
            Matcher matcher = pattern.matcher(view.text());
            for (int candidate = 0; candidate < MAX_CANDIDATES && matcher.find(); candidate++) {
                if (matcher.end() > matcher.start() && guard.accepts(view, matcher)) {
                    return Optional.of(view.found(matcher.start(), matcher.end()));
                }
            }
        }
        return Optional.empty();
    }

    private boolean isAnchored(String text) {
        if (anchors.isEmpty()) {
            return true;
        }
        for (String anchor : anchors) {
            if (text.contains(anchor)) {
                return true;
            }
        }
        return false;
    }

    /** A check a regular expression cannot express, run on each candidate match. */
    @FunctionalInterface
    interface Guard {

        Guard ANY = (view, match) -> true;

        boolean accepts(TracedText view, Matcher match);
    }
}
