package com.alumia.admin.api.site;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a page as a draft under a slug no live page has. The reason travels in the metadata. */
public record CreatePageCommand(@TargetAggregateIdentifier PageId pageId, Slug slug, PageContent content) {
}
