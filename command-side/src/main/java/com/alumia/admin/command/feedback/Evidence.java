package com.alumia.admin.command.feedback;

/**
 * Makes matched input fit to show an operator: control characters become visible escapes, and the whole is cut to
 * {@value #MAX_LENGTH} characters.
 */
final class Evidence {

    static final int MAX_LENGTH = 80;

    private Evidence() {
    }

    static String cut(String matched) {
        StringBuilder out = new StringBuilder(Math.min(matched.length(), MAX_LENGTH + 8));
        for (int i = 0; i < matched.length() && out.length() <= MAX_LENGTH; i++) {
            char c = matched.charAt(i);
            if (Character.isISOControl(c)) {
                out.append(String.format("\\x%02x", (int) c & 0xff));
            } else {
                out.append(c);
            }
        }
        if (out.length() <= MAX_LENGTH) {
            return out.toString();
        }
        int keep = MAX_LENGTH - 1;
        if (Character.isHighSurrogate(out.charAt(keep - 1))) {
            keep--;
        }
        return out.substring(0, keep) + "…";
    }
}
