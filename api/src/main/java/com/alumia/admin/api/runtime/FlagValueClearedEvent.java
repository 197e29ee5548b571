package com.alumia.admin.api.runtime;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.serialization.Revision;

/** A flag's global value (no {@code org}) or one org's override was removed; the layer below applies again. */
@Revision("1")
public record FlagValueClearedEvent(FlagKey key, OrgId org, String previous) {
}
