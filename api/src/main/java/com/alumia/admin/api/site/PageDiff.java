package com.alumia.admin.api.site;

import java.util.List;

/**
 * Two versions of a page compared field by field, with the body compared line by line.
 *
 * @param body every line of both bodies in order: kept ({@code equal}), only in {@code from} ({@code removed}) or
 *             only in {@code to} ({@code added}), with its line numbers in each (1-based; null where absent)
 */
public record PageDiff(int from, int to, List<Field> fields, List<Line> body) {

    public record Field(String field, String from, String to, boolean changed) {
    }

    public record Line(Op op, Integer fromLine, Integer toLine, String text) {
    }

    public enum Op {
        EQUAL, REMOVED, ADDED
    }
}
