package com.alumia.admin.api.runtime;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.serialization.Revision;

/**
 * A flag's global value (no {@code org}) or one org's override was removed; the layer below applies again.
 *
 * @param scheduleId the scheduled change this applies; null for a change made at once
 */
@Revision("1")
public record FlagValueClearedEvent(FlagKey key, OrgId org, String previous, String scheduleId) {
}
