package com.alumia.admin.api.site;

/**
 * The site's pages, most recently changed first; every filter optional. {@code text} matches the title or the slug
 * case-insensitively.
 */
public record FindPagesQuery(PageStatus status, String locale, String text, String cursor, int limit) {
}
