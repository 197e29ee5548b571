package com.alumia.admin.api.identity;

import com.alumia.admin.api.common.OrgId;

public record FindOrgQuery(OrgId orgId) {
}
