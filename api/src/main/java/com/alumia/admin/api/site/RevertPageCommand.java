package com.alumia.admin.api.site;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Puts an earlier published version's content back, into the draft or live. The reason travels in the metadata. */
public record RevertPageCommand(@TargetAggregateIdentifier PageId pageId, @TargetAggregateVersion Long expectedVersion,
                                int toVersion, RevertTarget target) {
}
