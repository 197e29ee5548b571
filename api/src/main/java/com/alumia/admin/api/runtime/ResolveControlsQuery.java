package com.alumia.admin.api.runtime;

import com.alumia.admin.api.common.OrgId;

/** The controls in force for one org: every active flag's value, and which layer decided it. */
public record ResolveControlsQuery(OrgId org) {
}
