package com.alumia.admin.api.site;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Replaces the draft; the live version stays until the next publish. The reason travels in the metadata. */
public record UpdatePageCommand(@TargetAggregateIdentifier PageId pageId, @TargetAggregateVersion Long expectedVersion, PageContent content) {
}
