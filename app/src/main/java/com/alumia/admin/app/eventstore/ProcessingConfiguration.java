package com.alumia.admin.app.eventstore;

import com.alumia.admin.app.audit.ViewHandling;
import com.alumia.admin.command.common.InCommandTransaction;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.EventProcessorProperties;
import org.axonframework.springboot.util.DeadLetterQueueProviderConfigurerModule;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ClassUtils;

import jakarta.annotation.Nonnull;

import javax.sql.DataSource;
import java.lang.annotation.Annotation;
import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Every projection runs in a streaming processor of its own named group (tracking by default, see
 * {@link ProcessingProperties}), with its token and its dead letters in tables that Flyway owns, in every profile.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ProcessingProperties.class, TokenStoreProperties.class})
class ProcessingConfiguration {

    private static final String QUERY_SIDE = "com.alumia.admin.query";

    @Bean
    ConfigurerModule processorDefaults(ProcessingProperties properties, DataSource dataSource,
                                       ListableBeanFactory beans) throws SQLException {
        boolean postgres = Databases.isPostgres(dataSource);
        // A failing handler rolls back its batch and the batch is retried, never skipped: Axon's default logs and
        // moves on, which loses the event for that view for good (two segments racing to create one group row
        // did exactly that). With dead letters on, an event whose handler throws is parked instead, with the rest
        // of its sequence; a batch whose writes fail at commit is still rolled back and retried.
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
            for (String group : inCommandTransaction(beans)) {
                processing.registerSubscribingEventProcessor(group);
            }
            for (String group : views(beans)) {
                processing.registerHandlerInterceptor(group, config -> new ViewHandling());
            }
            if (postgres && properties.relaxedCommit()) {
                processing.registerDefaultTransactionManager(config -> new RelaxedCommitTransactionManager(
                        config.getComponent(TransactionManager.class), dataSource));
            }
        });
    }

    /**
     * A dead-letter queue for every processing group (Axon's own module gives one only to groups named in its
     * properties, and is replaced by this one).
     */
    @Bean
    DeadLetterQueueProviderConfigurerModule deadLetterQueues(ProcessingProperties properties,
                                                             EventProcessorProperties axonProperties,
                                                             ConnectionProvider connections,
                                                             TransactionManager transactionManager,
                                                             DeadLetterSchema schema,
                                                             @Qualifier("eventSerializer") Serializer eventSerializer,
                                                             Serializer genericSerializer,
                                                             ListableBeanFactory beans) {
        Set<String> inCommandTransaction = inCommandTransaction(beans);
        Function<String, Function<org.axonframework.config.Configuration, SequencedDeadLetterQueue<EventMessage<?>>>>
                provider = group -> inCommandTransaction.contains(group) ? null
                : config -> JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                        .processingGroup(group)
                        .connectionProvider(connections)
                        .transactionManager(transactionManager)
                        .schema(schema)
                        .genericSerializer(genericSerializer)
                        .eventSerializer(eventSerializer)
                        .build();
        return new DeadLetterQueueProviderConfigurerModule(axonProperties, provider) {
            @Override
            public void configureModule(@Nonnull Configurer configurer) {
                if (!properties.deadLetters()) {
                    return;
                }
                configurer.eventProcessing(processing -> {
                    processing.registerDeadLetterQueueProvider(provider);
                    // Without the cache every event costs a query asking whether its sequence is parked.
                    for (String group : processingGroups(beans)) {
                        if (inCommandTransaction.contains(group)) {
                            continue;
                        }
                        processing.registerDeadLetteringEventHandlerInvokerConfiguration(group,
                                (config, invoker) -> invoker.enableSequenceIdentifierCache());
                    }
                });
            }
        };
    }

    /**
     * The views: groups whose handlers all live in the query side, which only writes its own tables and sends no
     * message ({@link ViewHandling}; {@code ViewHandlersSendNothingTest} holds the query side to it).
     */
    static Set<String> views(ListableBeanFactory beans) {
        Set<String> views = new TreeSet<>();
        Set<String> others = new TreeSet<>();
        for (String name : beans.getBeanNamesForAnnotation(ProcessingGroup.class)) {
            ProcessingGroup group = beans.findAnnotationOnBean(name, ProcessingGroup.class);
            Class<?> type = beans.getType(name);
            if (group != null && type != null) {
                (ClassUtils.getUserClass(type).getPackageName().startsWith(QUERY_SIDE) ? views : others).add(group.value());
            }
        }
        views.removeAll(others);
        views.removeAll(inCommandTransaction(beans));
        return views;
    }

    /** The processing groups that the application's event handlers name. */
    private static Set<String> processingGroups(ListableBeanFactory beans) {
        return groups(beans, ProcessingGroup.class);
    }

    /**
     * The groups whose handlers run in the command's transaction ({@link InCommandTransaction}): subscribing
     * processors, without dead letters, so that a handler that throws fails the command.
     */
    private static Set<String> inCommandTransaction(ListableBeanFactory beans) {
        return groups(beans, InCommandTransaction.class);
    }

    private static Set<String> groups(ListableBeanFactory beans, Class<? extends Annotation> marker) {
        Set<String> groups = new TreeSet<>();
        for (String name : beans.getBeanNamesForAnnotation(marker)) {
            ProcessingGroup group = beans.findAnnotationOnBean(name, ProcessingGroup.class);
            if (group != null) {
                groups.add(group.value());
            }
        }
        return groups;
    }

    /**
     * This node's name, as it claims segments in the token store and pauses processors on other nodes: set
     * {@code alumia.node.name} to something an operator recognises (the host name of the container); the default
     * is the JVM's {@code pid@host}, as Axon's own.
     */
    @Bean
    NodeName nodeName(@Value("${alumia.node.name:}") String configured) {
        return new NodeName(configured.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : configured);
    }

    @Bean
    TokenStore tokenStore(ConnectionProvider connections, Serializer serializer, TokenSchema schema,
                          TokenStoreProperties properties, NodeName node) {
        return JdbcTokenStore.builder()
                             .connectionProvider(connections)
                             .schema(schema)
                             .serializer(serializer)
                             .claimTimeout(properties.getClaimTimeout())
                             .nodeId(node.value())
                             .build();
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
