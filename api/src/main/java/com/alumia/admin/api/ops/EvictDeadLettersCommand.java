package com.alumia.admin.api.ops;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * A super admin drops a sequence of dead letters for good: the view will never see those events unless it is
 * rebuilt. The reason travels in the metadata.
 *
 * @param eventIds the events of the dropped letters, so that the trail says what the view is missing
 */
public record EvictDeadLettersCommand(@TargetAggregateIdentifier String queue, String processor, String sequence,
                                      List<String> eventIds) {
}
