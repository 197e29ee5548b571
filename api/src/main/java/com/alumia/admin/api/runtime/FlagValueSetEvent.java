package com.alumia.admin.api.runtime;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.serialization.Revision;

/**
 * A flag's global value (no {@code org}) or one org's override was set.
 *
 * @param value    the canonical value now in force at that layer
 * @param previous the value at that layer before, null when there was none
 * @param scheduleId the scheduled change this applies; null for a change made at once
 */
@Revision("1")
public record FlagValueSetEvent(FlagKey key, OrgId org, String value, String previous, String scheduleId) {
}
