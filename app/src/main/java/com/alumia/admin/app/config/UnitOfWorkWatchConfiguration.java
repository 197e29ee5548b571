package com.alumia.admin.app.config;

import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.springboot.TimeoutProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import java.time.Duration;

/**
 * Every unit of work of the command bus, the query bus, the deadline manager and each event processor is watched by
 * the {@link UnitOfWorkWatch}, with the settings of Axon's transaction timeouts ({@code axon.timeout.transaction}).
 * Axon's own timeouts are off ({@code axon.timeout.enabled: false}); turned on, they replace the watch.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "axon.timeout", name = "enabled", havingValue = "false")
@EnableConfigurationProperties(TimeoutProperties.class)
class UnitOfWorkWatchConfiguration {

    /**
     * The watch, looking over the running work once a second on a thread of its own. Not a scheduler bean: Spring
     * Boot would then make no task scheduler of its own and run every {@code @Scheduled} task on that one thread.
     */
    @Bean(destroyMethod = "stop")
    UnitOfWorkWatch unitOfWorkWatch() {
        UnitOfWorkWatch watch = new UnitOfWorkWatch(System::nanoTime);
        watch.start(Duration.ofSeconds(1));
        return watch;
    }

    @Bean
    ConfigurerModule unitOfWorkWatchModule(UnitOfWorkWatch watch, TimeoutProperties properties) {
        TimeoutProperties.TransactionTimeoutProperties settings = properties.getTransaction();
        return configurer -> {
            configurer.eventProcessing().registerDefaultHandlerInterceptor((config, name) -> watch.interceptor(
                    "EventProcessor " + name,
                    settings.getEventProcessor().getOrDefault(name, settings.getEventProcessors())));
            // As Axon registers its own: at the start, since the buses are not to be built from a module.
            configurer.onStart(Integer.MIN_VALUE, () -> {
                Configuration config = configurer.buildConfiguration();
                config.commandBus().registerHandlerInterceptor(
                        watch.interceptor(config.commandBus().getClass().getSimpleName(), settings.getCommandBus()));
                config.queryBus().registerHandlerInterceptor(
                        watch.interceptor(config.queryBus().getClass().getSimpleName(), settings.getQueryBus()));
                config.deadlineManager().registerHandlerInterceptor(watch.interceptor(
                        config.deadlineManager().getClass().getSimpleName(), settings.getDeadline()));
            });
        };
    }
}
