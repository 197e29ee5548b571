package com.alumia.admin.app;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on a random port, on the embedded database or PostgreSQL (see {@link TestDatabase}), with
 * the metrics export that tests leave off by default, so that the Prometheus endpoint is tested as it runs. A failed
 * test's message carries the errors the application logged meanwhile ({@link ServerErrors}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"alumia.event-store.fence-read-wait=100ms"})
@ContextConfiguration(initializers = TestDatabase.class)
@AutoConfigureObservability(tracing = false)
@ExtendWith(ServerErrors.class)
public @interface ApplicationTest {
}
