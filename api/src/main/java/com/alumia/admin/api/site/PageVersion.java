package com.alumia.admin.api.site;

import com.alumia.admin.api.audit.AuditEntry;

import java.time.Instant;

/**
 * One published version of a page: what it said, and who published it, when, how fresh their step-up was and why.
 *
 * @param content      null in a listing; the version's content when one version is read
 * @param revertedFrom for a version published by a revert, the earlier version it took its content from
 */
public record PageVersion(int version, Instant publishedAt, AuditEntry.Actor actor, Long stepUpAgeSeconds,
                          String reason, Integer revertedFrom, PageContent content) {
}
