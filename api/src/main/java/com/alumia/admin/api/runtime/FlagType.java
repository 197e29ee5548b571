package com.alumia.admin.api.runtime;

/** What values a flag takes. */
public enum FlagType {
    /** {@code true} stops what the flag guards; engaging or releasing one needs a fresh super_admin. */
    KILL_SWITCH,
    BOOLEAN,
    /** A whole number within the flag's bounds. */
    INTEGER,
    /** One of the flag's options. */
    ENUM,
    /** A share of orgs, 0 to 100, for which the flag is on; each org falls in the same place every time. */
    PERCENTAGE
}
