package com.alumia.admin.app.ops;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How one event processor stands against the head of the log, as operators read it on the processors screen.
 *
 * @param mode            {@code tracking} or {@code pooled}
 * @param position        the lowest position over its segments: everything up to here is handled
 * @param lagEvents       events between that position and the head
 * @param lagSeconds      age of the oldest event not yet handled; 0 when caught up
 * @param replayProgress  share of the replay done (0 to 1), null when not replaying
 * @param eventsPerSecond handled over the last sampling interval, null until two samples exist
 * @param etaSeconds      time left, at that rate, until the replay completes (when replaying) or until the
 *                        processor reaches the head; null while no rate is known
 * @param deadLetters     events parked in its dead-letter queue, null where it has none
 * @param buildingAsideFor for the processor of a build aside ({@code <group>.aside}), the live processor whose
 *                         view it builds
 * @param asideBuildOn    for a live processor whose view is being built aside, the node running the build
 * @param heldBackIndexes secondary indexes of the view this processor fills, held back while it fills from empty
 *                        and made again near the head (reads that need them are slower meanwhile); empty otherwise
 */
public record ProcessorStatus(String name, String mode, boolean running, boolean error, int segmentCount,
                              Long position, Long lagEvents, Double lagSeconds, boolean replaying,
                              Double replayProgress, Double eventsPerSecond, Double etaSeconds, Long deadLetters,
                              String buildingAsideFor, String asideBuildOn, List<String> heldBackIndexes,
                              List<SegmentStatus> segments) {

    /**
     * @param owner the node holding the segment's claim (from the token store), null when unclaimed
     * @param local whether this node is processing it now
     */
    public record SegmentStatus(int segment, int mask, String owner, boolean local, Long position, boolean caughtUp,
                                boolean replaying, Long replayTo, String error) {
    }

    public record Overview(long head, Instant readAt, List<ProcessorStatus> processors) {

        public Optional<ProcessorStatus> processor(String name) {
            return processors.stream().filter(p -> p.name().equals(name)).findFirst();
        }
    }
}
