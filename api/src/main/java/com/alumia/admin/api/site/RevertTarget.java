package com.alumia.admin.api.site;

/** What a revert replaces with an earlier version's content. */
public enum RevertTarget {
    /** The draft only; the live version stays until the next publish. */
    DRAFT,
    /** The live content, as a new numbered version (and the draft with it), at once. */
    PUBLISHED
}
