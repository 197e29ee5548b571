package com.alumia.admin.api.wallet;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * A card as a Stripe event showed it. Stripe delivers at least once and in any order: the card takes each event
 * once, and a snapshot older than one it has already taken changes nothing.
 *
 * @param stripeEventId the Stripe event ({@code evt_…}) the snapshot came in
 * @param observedAt    when Stripe created that event
 * @param org           the org of the agent wallet, from the card's metadata ({@code org_id}); null when missing
 * @param agentId       the agent the card belongs to, from its metadata ({@code agent_id})
 */
public record RecordStripeCardCommand(@TargetAggregateIdentifier CardId cardId, String stripeEventId,
                                      Instant observedAt, OrgId org, String agentId, String last4, String brand,
                                      String currency, CardStatus status, String cancellationReason) {
}
