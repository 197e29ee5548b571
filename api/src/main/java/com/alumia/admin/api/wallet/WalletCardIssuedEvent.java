package com.alumia.admin.api.wallet;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A card of an agent wallet became known, in the status its first snapshot showed. */
@Revision("1")
public record WalletCardIssuedEvent(CardId cardId, OrgId org, String agentId, String last4, String brand,
                                    String currency, CardStatus status, String stripeEventId, Instant observedAt) {
}
