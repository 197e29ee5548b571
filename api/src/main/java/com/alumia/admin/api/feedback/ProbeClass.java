package com.alumia.admin.api.feedback;

/**
 * The family of attack a captured input belongs to; {@link #NONE} for ordinary feedback.
 */
public enum ProbeClass {
    SCRIPT, COMMAND, SQL, TEMPLATE, PATH, FUZZ, NONE
}
