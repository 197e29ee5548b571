package com.alumia.admin.api.common;

/**
 * An aggregate's version as an HTTP entity tag: the version of the last event applied to it.
 */
public final class EntityTags {

    private EntityTags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * @return the version an {@code If-Match} value names, or null for {@code *} (any version)
     * @throws InvalidValueException when the value is not one strong entity tag of ours
     */
    public static Long parse(String ifMatch) {
        String value = ifMatch.trim();
        if (value.equals("*")) {
            return null;
        }
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            long version = Long.parseLong(value);
            if (version < 0) {
                throw new NumberFormatException();
            }
            return version;
        } catch (NumberFormatException e) {
            throw new InvalidValueException("If-Match must be an entity tag returned by this API, such as \"3\"");
        }
    }
}
