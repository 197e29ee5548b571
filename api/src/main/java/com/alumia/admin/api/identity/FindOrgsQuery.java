package com.alumia.admin.api.identity;

/** The directory in org id order; {@code cursor} is the last org id of the page before. */
public record FindOrgsQuery(String cursor, int limit) {
}
