package com.alumia.admin.api.site;

/**
 * What a page says: its title, body (Markdown), SEO description and locale (a BCP 47 tag such as {@code en} or
 * {@code de-CH}). A draft and every published version are one of these.
 */
public record PageContent(String title, String body, String seoDescription, String locale) {
}
