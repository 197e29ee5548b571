package com.alumia.admin.api.ops;

import org.axonframework.serialization.Revision;

/**
 * The view of {@code processor} built aside caught up and replaced the live one, which was dropped.
 *
 * @param position the position in the log the new view had reached when it was switched in
 * @param node     the node that switched it
 */
@Revision("1")
public record ProjectionSwitchedEvent(String processor, long position, String node) {
}
