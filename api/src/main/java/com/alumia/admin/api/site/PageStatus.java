package com.alumia.admin.api.site;

public enum PageStatus {
    /** Never published, or only edited since it was archived and restored. */
    DRAFT,
    /** A version is live on the public site. */
    PUBLISHED,
    /** Off the public site; its slug is free for another page until it is restored. */
    ARCHIVED
}
