package com.alumia.admin.command.feedback;

import java.util.Optional;

/**
 * Looks for one kind of attack in one input.
 */
@FunctionalInterface
interface Detector {

    Optional<Found> detect(NormalisedField field);

    /**
     * @param matched  the normalised text that matched: what fingerprints are shaped from
     * @param evidence the original input behind it, cut for display
     */
    record Found(String matched, String evidence) {
    }
}
