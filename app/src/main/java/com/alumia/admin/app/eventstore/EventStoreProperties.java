package com.alumia.admin.app.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param gapTimeout    how long a hole in the global index may stay open before readers stop waiting for it. With
 *                      the append fence only rolled-back appends leave holes, so this bounds how long a processor
 *                      keeps re-asking for them; it is no longer a correctness limit for slow commits.
 * @param fenceReadWait how long a reader waits for in-flight appends to commit before it reads nothing this round;
 *                      it is also the longest an append can be held up by a waiting reader.
 * @param readBatchSize events per read of the tracked stream: large enough that a replay is a few thousand reads
 *                      per million events, small enough that one read stays a few milliseconds
 * @param cachedEvents  events the store keeps in memory after reading them once, for the processors at the head to
 *                      read instead of the database (Axon's default is 10,000). Each is held, serialized and often
 *                      deserialized too, until that many newer ones have come: at about 1,000 commands a second
 *                      Axon's 10,000 outlived the young collections and went to the old generation, which then
 *                      needed a concurrent cycle with its pauses every 4 s; with 1,000, every 10 s, and the heap
 *                      after a young collection held 90 to 120 MB instead of 120 to 140. A processor further behind
 *                      than this reads from the database until it is back at the head.
 */
@ConfigurationProperties("alumia.event-store")
public record EventStoreProperties(@DefaultValue("60s") Duration gapTimeout,
                                   @DefaultValue("200ms") Duration fenceReadWait,
                                   @DefaultValue("500") int readBatchSize,
                                   @DefaultValue("1000") int cachedEvents) {
}
