package com.alumia.admin.command.common;

import com.alumia.admin.api.common.EntityTags;

/**
 * Reads the version an update expects from its {@code If-Match} header.
 */
public final class IfMatch {

    public static final String HEADER = "If-Match";

    private IfMatch() {
    }

    /**
     * @return the expected version, or null when the caller sent {@code *}
     */
    public static Long expectedVersion(String header) {
        if (header == null || header.isBlank()) {
            throw new PreconditionRequiredException();
        }
        return EntityTags.parse(header);
    }
}
