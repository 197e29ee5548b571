package com.alumia.admin.api.feedback;

/**
 * How much an item is worth to the product team: a security probe, an actionable report, a short but actionable
 * one, or a general product signal.
 */
public enum SignalCategory {
    SECURITY_PROBE, ACTIONABLE, SHORT_ACTIONABLE, PRODUCT_SIGNAL
}
