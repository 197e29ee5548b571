package com.alumia.admin.api.export;

import org.axonframework.serialization.Revision;

import java.util.Map;

@Revision("1")
public record DataExportStartedEvent(String exportId, String kind, String format, Map<String, String> filter) {
}
