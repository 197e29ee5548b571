package com.alumia.admin.api.alert;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record AcknowledgeAlertCommand(@TargetAggregateIdentifier AlertId alertId,
                                      @TargetAggregateVersion Long expectedVersion,
                                      String note) {
}
