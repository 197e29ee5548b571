package com.alumia.admin.api.export;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The download ended: how many rows and bytes went out, and whether it ran to the end. */
public record FinishExportCommand(@TargetAggregateIdentifier String exportId, long rows, long bytes,
                                  boolean complete) {
}
