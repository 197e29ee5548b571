package com.alumia.admin.api.alert;

import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.common.Severity;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * A platform service reports something operators should see: a schedule that completed or failed, a message or
 * usage event.
 *
 * @param source the reporting service, e.g. {@code scheduler}
 */
public record RaiseAlertCommand(@TargetAggregateIdentifier AlertId alertId,
                                OrgId orgId,
                                AlertKind kind,
                                Severity severity,
                                String title,
                                String detail,
                                String source,
                                Instant occurredAt) {
}
