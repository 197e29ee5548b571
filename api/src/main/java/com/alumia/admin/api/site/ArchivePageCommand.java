package com.alumia.admin.api.site;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Takes the page off the public site and frees its slug. The reason travels in the metadata. */
public record ArchivePageCommand(@TargetAggregateIdentifier PageId pageId, @TargetAggregateVersion Long expectedVersion) {
}
