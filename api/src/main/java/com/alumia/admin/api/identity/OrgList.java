package com.alumia.admin.api.identity;

import java.util.List;

/** @param nextCursor where the next page starts; null on the last page */
public record OrgList(List<OrgSummary> items, String nextCursor) {
}
