package com.alumia.admin.api.export;

import org.axonframework.serialization.Revision;

/** {@code complete} is false when the client went away part way. */
@Revision("1")
public record DataExportFinishedEvent(String exportId, long rows, long bytes, boolean complete) {
}
