package com.alumia.admin.app.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Defaults of every projection's pooled streaming processor.
 *
 * @param batchSize events handled in one transaction with one token update: the main lever of replay speed
 * @param segments  segments a new processor starts with; two cores make two the useful parallelism here
 */
@ConfigurationProperties("alumia.processing")
public record ProcessingProperties(@DefaultValue("200") int batchSize,
                                   @DefaultValue("2") int segments) {
}
