package com.alumia.admin.query.audit.chain;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a verification found.
 *
 * @param intact                  every link recomputed as recorded and every checkpoint's signature holds
 * @param from                    the position the check started after (its link was taken as given)
 * @param to                      the last position checked
 * @param events                  events whose links were recomputed
 * @param unchainedEvents         events after the end of the chain (newer than the last link written), not
 *                                checked
 * @param checkpoints             checkpoints whose signature and link were verified
 * @param lastSignedPosition      the last position a verified checkpoint covers, null when none did
 * @param eventsAfterLastSigned   checked events after that position: their links are consistent but no signature
 *                                vouches for them yet
 * @param firstBreak              the first problem found, null when intact
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ChainReport(boolean intact, long from, long to, long events, long unchainedEvents, int checkpoints,
                          Long lastSignedPosition, long eventsAfterLastSigned, Break firstBreak) {

    /**
     * @param problem  {@code link_mismatch}, {@code missing_event}, {@code unlinked_event}, {@code out_of_order},
     *                 {@code checkpoint_mismatch}, {@code bad_signature}, {@code unknown_key} or
     *                 {@code no_anchor}
     * @param recorded the link recorded for the position (in the store or the export), when there is one
     * @param computed the link recomputed from the events, when there is one
     */
    public record Break(long position, String problem, String detail, String recorded, String computed) {
    }
}
