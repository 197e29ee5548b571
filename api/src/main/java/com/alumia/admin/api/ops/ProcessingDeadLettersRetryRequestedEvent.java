package com.alumia.admin.api.ops;

import org.axonframework.serialization.Revision;

/**
 * Dead letters of {@code processor} were handed to it again.
 *
 * @param sequence  the sequence retried, null for every sequence
 * @param sequences how many sequences were parked as the retry started
 */
@Revision("1")
public record ProcessingDeadLettersRetryRequestedEvent(String processor, String sequence, long sequences) {
}
