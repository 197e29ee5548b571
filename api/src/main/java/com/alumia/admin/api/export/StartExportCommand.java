package com.alumia.admin.api.export;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Map;

/**
 * An operator starts a download of data: audited before the first row goes out.
 *
 * @param kind   what is exported, such as {@code usage}
 * @param filter what selects the rows (org, period, ...)
 */
public record StartExportCommand(@TargetAggregateIdentifier String exportId, String kind, String format,
                                 Map<String, String> filter) {
}
