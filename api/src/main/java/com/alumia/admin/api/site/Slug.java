package com.alumia.admin.api.site;

import com.alumia.admin.api.common.InvalidValueException;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The public path of a page under {@code /site/}: lower-case words of letters and digits joined by hyphens, in up
 * to four segments ({@code pricing}, {@code legal/privacy-policy}). Names the site itself uses are reserved.
 */
public record Slug(String value) {

    private static final Pattern SEGMENT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_LENGTH = 120;
    private static final int MAX_SEGMENTS = 4;
    /** Paths of the site and the app that a page must never shadow. */
    public static final Set<String> RESERVED = Set.of("admin", "api", "actuator", "assets", "static", "sitemap",
            "sitemap-xml", "robots", "robots-txt", "login", "logout", "auth", "oauth", "favicon", "well-known",
            "swagger-ui", "v3", "error");

    public Slug {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new InvalidValueException("slug must be 1-" + MAX_LENGTH + " characters");
        }
        String[] segments = value.split("/", -1);
        if (segments.length > MAX_SEGMENTS) {
            throw new InvalidValueException("slug has at most " + MAX_SEGMENTS + " segments");
        }
        for (String segment : segments) {
            if (!SEGMENT.matcher(segment).matches()) {
                throw new InvalidValueException("slug segments are lower-case letters and digits joined by single "
                                                + "hyphens, such as legal/privacy-policy");
            }
        }
        if (RESERVED.contains(segments[0])) {
            throw new InvalidValueException("slug \"" + segments[0] + "\" is reserved by the site");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
