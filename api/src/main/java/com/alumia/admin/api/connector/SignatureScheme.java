package com.alumia.admin.api.connector;

/**
 * How a connector signs its events: {@code HMAC_SHA256} ({@code X-Alumia-Signature: t=…,v1=…} over the timestamp and
 * the raw body) or {@code STANDARD_WEBHOOKS} ({@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature}).
 */
public enum SignatureScheme {
    HMAC_SHA256, STANDARD_WEBHOOKS
}
