package com.alumia.admin.query.feedback;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import java.util.Collections;
import java.util.List;

/** Reads rows of many feedback items in a few round trips: {@code IN} lists of up to 500 ids. */
final class FeedbackItemRows {

    private static final int CHUNK = 500;

    private FeedbackItemRows() {
    }

    /**
     * @param selectUpToIn a query ending in {@code feedback_id IN (}, to which the placeholders and the closing
     *                     parenthesis are added
     */
    static void read(JdbcTemplate jdbc, String selectUpToIn, List<String> ids, RowCallbackHandler row) {
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            jdbc.query(selectUpToIn + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")", row,
                    chunk.toArray());
        }
    }
}
