package com.alumia.admin.api.ops;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * A sequence of dead letters of {@code processor} was dropped: its view misses these events until it is rebuilt.
 */
@Revision("1")
public record ProcessingDeadLettersEvictedEvent(String processor, String sequence, List<String> eventIds) {
}
