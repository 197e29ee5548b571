package com.alumia.admin.command.connector;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * Connector intake and delivery ({@code alumia.connectors.*}).
 *
 * @param tolerance        how far a signed event's timestamp may be from now
 * @param maxBody          the largest event accepted
 * @param attempts         delivery attempts before an event is dead-lettered
 * @param initialBackoff   wait after the first failed attempt, doubled after each one up to {@code maxBackoff}
 * @param timeout          for each delivery attempt
 * @param pollInterval     how often this node looks for deliveries due
 */
@ConfigurationProperties("alumia.connectors")
public record ConnectorProperties(@DefaultValue("5m") Duration tolerance, @DefaultValue("256KB") DataSize maxBody,
                                  @DefaultValue("5") int attempts, @DefaultValue("1s") Duration initialBackoff,
                                  @DefaultValue("5m") Duration maxBackoff, @DefaultValue("5s") Duration timeout,
                                  @DefaultValue("250ms") Duration pollInterval) {

    /** When attempt {@code attempt + 1} is due after attempt {@code attempt} failed at {@code now}; null: none. */
    java.time.Instant nextAttempt(int attempt, java.time.Instant now) {
        return com.alumia.admin.command.common.SignedPost.nextAttempt(attempt, attempts, initialBackoff, maxBackoff,
                now);
    }
}
