package com.alumia.admin.api.site;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Snapshots the draft as the next numbered version and puts it live. The reason travels in the metadata. */
public record PublishPageCommand(@TargetAggregateIdentifier PageId pageId, @TargetAggregateVersion Long expectedVersion) {
}
