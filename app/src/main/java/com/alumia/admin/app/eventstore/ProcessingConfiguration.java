package com.alumia.admin.app.eventstore;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.sql.SQLException;

/**
 * Every projection runs in a streaming processor of its own named group (tracking by default, see
 * {@link ProcessingProperties}), with its token (and, where enabled, its dead letters) in tables that Flyway owns,
 * in every profile.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProcessingProperties.class)
class ProcessingConfiguration {

    @Bean
    ConfigurerModule processorDefaults(ProcessingProperties properties, DataSource dataSource)
            throws SQLException {
        boolean postgres = Databases.isPostgres(dataSource);
        // A failing handler rolls back its batch and the batch is retried, never skipped: Axon's default logs and
        // moves on, which loses the event for that view for good (two segments racing to create one group row
        // did exactly that).
        return configurer -> configurer.eventProcessing(processing -> {
            if (properties.mode() == ProcessingProperties.Mode.TRACKING) {
                processing.usingTrackingEventProcessors()
                          .registerTrackingEventProcessorConfiguration(config -> TrackingEventProcessorConfiguration
                                  .forParallelProcessing(properties.segments())
                                  .andInitialSegmentsCount(properties.segments())
                                  .andBatchSize(properties.batchSize()));
            } else {
                processing.usingPooledStreamingEventProcessors((config, builder) -> builder
                        .batchSize(properties.batchSize())
                        .initialSegmentCount(properties.segments()));
            }
            processing.registerDefaultListenerInvocationErrorHandler(config -> PropagatingErrorHandler.instance());
            if (postgres) {
                processing.registerDefaultTransactionManager(config -> new RelaxedCommitTransactionManager(
                        config.getComponent(TransactionManager.class), dataSource));
            }
        });
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                          .setTokenTable("token_entry")
                          .setProcessorNameColumn("processor_name")
                          .setSegmentColumn("segment")
                          .setTokenColumn("token")
                          .setTokenTypeColumn("token_type")
                          .setTimestampColumn("time_stamp")
                          .setOwnerColumn("owner")
                          .build();
    }

    @Bean
    DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                               .deadLetterTable("dead_letter_entry")
                               .deadLetterIdentifierColumn("dead_letter_id")
                               .processingGroupColumn("processing_group")
                               .sequenceIdentifierColumn("sequence_identifier")
                               .sequenceIndexColumn("sequence_index")
                               .messageTypeColumn("message_type")
                               .eventIdentifierColumn("event_identifier")
                               .timestampColumn("time_stamp")
                               .payloadTypeColumn("payload_type")
                               .payloadRevisionColumn("payload_revision")
                               .payloadColumn("payload")
                               .metaDataColumn("meta_data")
                               .aggregateTypeColumn("aggregate_type")
                               .aggregateIdentifierColumn("aggregate_identifier")
                               .sequenceNumberColumn("sequence_number")
                               .tokenTypeColumn("token_type")
                               .tokenColumn("token")
                               .enqueuedAtColumn("enqueued_at")
                               .lastTouchedColumn("last_touched")
                               .processingStartedColumn("processing_started")
                               .causeTypeColumn("cause_type")
                               .causeMessageColumn("cause_message")
                               .diagnosticsColumn("diagnostics")
                               .build();
    }
}
