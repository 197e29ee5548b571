package com.alumia.admin.command.feedback;

import java.util.List;

/**
 * One inspected input in the forms the rules need.
 *
 * @param raw     the input as received, cut to the inspected length
 * @param decoded every encoding layer peeled off, case and spacing kept: what fuzz rules measure
 * @param views   decoded, SQL comments read as spaces, whitespace collapsed and lowercased; when the input holds
 *                SQL comments a second view drops them instead, because UN/**&#47;ION relies on a filter deleting
 *                them while UNION/**&#47;SELECT relies on the database reading them as a space
 */
record NormalisedField(InputField field, TracedText raw, TracedText decoded, List<TracedText> views) {

    NormalisedField {
        views = List.copyOf(views);
    }

    /** The lowercased, decoded text with comments read as spaces. */
    TracedText primary() {
        return views.get(0);
    }
}
