package com.alumia.admin.app.config;

import org.axonframework.messaging.timeout.TaskTimeoutSettings;
import org.axonframework.springboot.TimeoutProperties;
import org.axonframework.springboot.updates.UpdateCheckConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Axon's own settings in application.yml, bound to Axon's property classes, so a misspelt key fails here instead
 * of being ignored: the app must not call out to AxonIQ, and must not time each handler call on its own.
 */
class AxonSettingsTest {

    private static Binder applicationYml() throws IOException {
        List<PropertySource<?>> sources = new YamlPropertySourceLoader()
                .load("application.yml", new ClassPathResource("application.yml"));
        return new Binder(ConfigurationPropertySources.from(sources));
    }

    @Test
    void theUpdateCheckerIsOff() throws IOException {
        UpdateCheckConfiguration updates = applicationYml().bind("axon.update-check", UpdateCheckConfiguration.class)
                                                           .get();
        assertThat(updates.getDisabled()).isTrue();
    }

    @Test
    void handlersAreNotTimedOneByOneButTransactionsStillAre() throws IOException {
        TimeoutProperties timeouts = applicationYml().bind("axon.timeout", TimeoutProperties.class).get();
        TimeoutProperties.MessageHandlerTimeoutProperties handler = timeouts.getHandler();
        for (TaskTimeoutSettings each : List.of(handler.getEvents(), handler.getCommands(), handler.getQueries(),
                                                handler.getDeadlines())) {
            // Axon wraps a handler only when one of the two is zero or more.
            assertThat(each.getTimeoutMs()).isNegative();
            assertThat(each.getWarningThresholdMs()).isNegative();
        }
        TimeoutProperties.TransactionTimeoutProperties transaction = timeouts.getTransaction();
        for (TaskTimeoutSettings each : List.of(transaction.getCommandBus(), transaction.getQueryBus(),
                                                transaction.getEventProcessors(), transaction.getDeadline())) {
            assertThat(each.getTimeoutMs()).isPositive();
            assertThat(each.getWarningThresholdMs()).isPositive();
        }
    }
}
