package com.alumia.admin.api.site;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Brings an archived page back as a draft, under its slug if no live page took it meanwhile. The reason travels in the metadata. */
public record RestorePageCommand(@TargetAggregateIdentifier PageId pageId, @TargetAggregateVersion Long expectedVersion) {
}
