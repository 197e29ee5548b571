package com.alumia.admin.api.ops;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An operator asks for dead letters of a processor to be handled again; the reason travels in the metadata.
 *
 * @param queue     the dead-letter queue's identifier, {@link DeadLetterQueues#id}
 * @param sequence  the sequence to retry, null for every sequence
 * @param sequences how many sequences are parked as the retry starts
 */
public record RetryDeadLettersCommand(@TargetAggregateIdentifier String queue, String processor, String sequence,
                                      long sequences) {
}
