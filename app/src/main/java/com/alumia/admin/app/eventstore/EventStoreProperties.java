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
 */
@ConfigurationProperties("alumia.event-store")
public record EventStoreProperties(@DefaultValue("60s") Duration gapTimeout,
                                   @DefaultValue("200ms") Duration fenceReadWait,
                                   @DefaultValue("500") int readBatchSize) {
}
