package com.alumia.admin.api.ops;

import org.axonframework.serialization.Revision;

/**
 * A build aside of {@code processor} was stopped and its tables dropped; the live view stays as it was.
 *
 * @param position    how far the build had come
 * @param abandonedBy the node whose build was dropped because it stopped reporting; null when an operator
 *                    cancelled it
 */
@Revision("1")
public record ProjectionRebuildCancelledEvent(String processor, long position, String abandonedBy) {
}
