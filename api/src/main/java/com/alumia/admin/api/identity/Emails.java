package com.alumia.admin.api.identity;

import com.alumia.admin.api.common.InvalidValueException;

import java.util.Locale;
import java.util.regex.Pattern;

/** Email addresses as the directory keys members: trimmed, lower case, a plain {@code local@domain.tld} shape. */
public final class Emails {

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9._%+'-]{1,64}@[a-z0-9-]+(\\.[a-z0-9-]+)+");

    private Emails() {
    }

    public static String canonical(String raw) {
        String email = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (email.length() > 254 || !SHAPE.matcher(email).matches()) {
            throw new InvalidValueException("\"" + (raw == null ? "" : raw.length() > 80 ? raw.substring(0, 80)
                    : raw) + "\" is not an email address");
        }
        return email;
    }
}
