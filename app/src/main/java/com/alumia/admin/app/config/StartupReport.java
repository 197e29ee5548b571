package com.alumia.admin.app.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells the operator who just started the app where it listens and how to get a token.
 */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    @EventListener
    void ready(ApplicationReadyEvent event) {
        Environment env = event.getApplicationContext().getEnvironment();
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : -1;
        log.info("Alumia Admin is ready on http://localhost:{} (API under /api/v1, docs at /swagger-ui.html)", port);
        if (env.getProperty("alumia.security.local-issuer.enabled", Boolean.class, false)) {
            log.info("Get an operator token with: java -jar app/target/alumia-admin.jar token "
                     + "--subject you@example.com --role super_admin --acr urn:alumia:acr:mfa "
                     + "--key {}", env.getProperty("alumia.security.local-issuer.key-file"));
        }
    }
}
