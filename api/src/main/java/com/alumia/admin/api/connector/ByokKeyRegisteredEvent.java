package com.alumia.admin.api.connector;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ByokKeyRegisteredEvent(ByokKeyId keyId, OrgId org, String provider, String fingerprint,
                                     String heldIn) {
}
