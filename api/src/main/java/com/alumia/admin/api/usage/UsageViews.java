package com.alumia.admin.api.usage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Usage and spend as operators read them. Money is in millionths of a US dollar. */
public final class UsageViews {

    private UsageViews() {
    }

    /**
     * An org's spend this month (UTC) against its budget.
     *
     * @param health {@code ok}, {@code near_limit}, {@code over}, {@code payment_failing} (which wins over the others)
     *               or {@code no_budget}
     */
    public record Spend(String orgId, String month, long spentMicros, Long budgetMicros, Integer nearPercent,
                        Double usedPercent, String health, boolean paymentFailing, String paymentDetail) {
    }

    public record Spends(String month, List<Spend> items) {
    }

    /** @param orgId one org, or every org with usage or a budget */
    public record FindSpendQuery(String orgId, Instant now) {
    }

    public record Total(String key, long tokensIn, long tokensOut, long costMicros, long records) {
    }

    public record Day(LocalDate day, long tokensIn, long tokensOut, long costMicros, long records) {
    }

    /** Top orgs and models by cost, and each day, over a period. */
    public record Review(Instant from, Instant to, Total overall, List<Total> topOrgs, List<Total> topModels,
                         List<Day> days) {
    }

    public record ReviewQuery(Instant from, Instant to, String orgId, int top) {
    }
}
