package com.alumia.admin.api.usage;

import org.axonframework.serialization.Revision;

import java.util.List;

/** A service reported usage: the records of one batch. */
@Revision("1")
public record UsageRecordedEvent(String batchId, String source, List<UsageRecord> records) {
}
