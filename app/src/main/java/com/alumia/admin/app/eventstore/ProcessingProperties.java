package com.alumia.admin.app.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Defaults of every projection's event processor.
 *
 * @param mode      {@code tracking} (the default) or {@code pooled}. Tracking processors wait on the event store's
 *                  stream and wake as soon as an event is committed (command-to-view lag of milliseconds); the
 *                  pooled processor gets no such signal from the embedded event store and polls it every 500 ms
 *                  when idle, which bench/run measured as a 500 ms lag. The benchmark also runs {@code tracking}
 *                  with batch size 1 and one segment: Axon's out-of-the-box settings
 * @param batchSize events handled in one transaction with one token update: the main lever of replay speed
 * @param segments  segments a new processor starts with. One: every live event costs each segment of every
 *                  processor a transaction (its token moves even when the event is another segment's), and a
 *                  tracking segment reads the whole stream itself; with three processors on two cores, one
 *                  segment each was faster for commands and for replays (bench/run, quick runs: 640 against 520
 *                  commands/s, 5,500 against 4,000 replayed events/s). Raise it for a single large rebuild.
 * @param deadLetters whether an event that a projection's handler cannot handle is parked in the processor's
 *                    dead-letter queue (with the later events of its sequence, by aggregate) while the rest of the
 *                    log moves on; off, such an event stops its processor until the handler is fixed
 * @param relaxedCommit whether processor transactions on PostgreSQL commit without waiting for the WAL flush
 *                      ({@link RelaxedCommitTransactionManager}); off, they commit as Axon's do out of the box
 */
@ConfigurationProperties("alumia.processing")
public record ProcessingProperties(@DefaultValue("tracking") Mode mode,
                                   @DefaultValue("200") int batchSize,
                                   @DefaultValue("1") int segments,
                                   @DefaultValue("true") boolean deadLetters,
                                   @DefaultValue("true") boolean relaxedCommit) {

    public enum Mode {
        TRACKING, POOLED
    }
}
