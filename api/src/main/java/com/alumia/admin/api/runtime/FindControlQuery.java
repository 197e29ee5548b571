package com.alumia.admin.api.runtime;

import com.alumia.admin.api.common.OrgId;

/**
 * One flag's value in force, for an org or (with no org) platform-wide: empty when no active flag has the key, which
 * a feature that depends on the flag takes as off.
 */
public record FindControlQuery(FlagKey key, OrgId org) {
}
