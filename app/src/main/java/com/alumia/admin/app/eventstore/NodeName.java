package com.alumia.admin.app.eventstore;

/**
 * The name of this node among the nodes sharing the database: the owner of the segments it claims.
 */
public record NodeName(String value) {
}
