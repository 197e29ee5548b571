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
 * of being ignored: the app must not call out to AxonIQ, and Axon's timeouts (a stack taken per message) stay off.
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
    void axonsTimeoutsAreOffAndTheWatchHasTheirTransactionSettings() throws IOException {
        Binder yml = applicationYml();
        assertThat(yml.bind("axon.timeout.enabled", Boolean.class).get()).isFalse();
        TimeoutProperties.TransactionTimeoutProperties transaction =
                yml.bind("axon.timeout", TimeoutProperties.class).get().getTransaction();
        for (TaskTimeoutSettings each : List.of(transaction.getCommandBus(), transaction.getQueryBus(),
                                                transaction.getEventProcessors(), transaction.getDeadline())) {
            assertThat(each.getWarningThresholdMs()).isPositive().isLessThan(each.getTimeoutMs());
        }
    }
}
