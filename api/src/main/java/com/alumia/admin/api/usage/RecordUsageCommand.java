package com.alumia.admin.api.usage;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** A batch of usage records from one service; {@code batchId} makes a resent batch a duplicate. */
public record RecordUsageCommand(@TargetAggregateIdentifier String batchId, String source, List<UsageRecord> records) {
}
