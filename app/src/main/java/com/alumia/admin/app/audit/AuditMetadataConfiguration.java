package com.alumia.admin.app.audit;

import com.alumia.admin.api.audit.AuditMetadata;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Every command leaves with the actor and request metadata, and Axon copies those keys onto every event the
 * command produces: that is what makes the event log the audit trail.
 */
@Configuration(proxyBeanMethods = false)
class AuditMetadataConfiguration {

    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> requestMetadataInterceptor(RequestMetadata requestMetadata) {
        return new MessageDispatchInterceptor<>() {
            @Override
            public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
                    List<? extends CommandMessage<?>> messages) {
                return (index, command) -> {
                    Map<String, Object> meta = new HashMap<>(requestMetadata.current());
                    meta.putAll(command.getMetaData());
                    return command.withMetaData(meta);
                };
            }
        };
    }

    /**
     * Events applied when a deadline fires (a scheduled flag change) carry the metadata the deadline was scheduled
     * with, as events of a command carry the command's: the deadline manager gets the same correlation as the
     * command bus and the processors.
     */
    @Bean
    SmartInitializingSingleton deadlineCorrelation(ObjectProvider<DeadlineManager> deadlines,
                                                   List<CorrelationDataProvider> providers) {
        return () -> deadlines.ifAvailable(manager -> manager.registerHandlerInterceptor(
                new CorrelationDataInterceptor<>(providers)));
    }

    /** Copies the audit keys onto what a handler sends; views send nothing ({@link ViewHandling}). */
    @Bean
    CorrelationDataProvider auditCorrelation() {
        return ViewHandling.outsideViews(new SimpleCorrelationDataProvider(AuditMetadata.KEYS.toArray(String[]::new)));
    }

    @Bean
    CorrelationDataProvider messageOrigin() {
        return ViewHandling.outsideViews(new MessageOriginProvider());
    }
}
