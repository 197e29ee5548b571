package com.alumia.admin.app;

import com.alumia.admin.app.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * One jar for every role: the command side, the query side, and the command-line tools ({@code token}).
 */
@SpringBootApplication(scanBasePackages = "com.alumia.admin")
@EntityScan("com.alumia.admin.query")
@EnableJpaRepositories("com.alumia.admin.query")
@ConfigurationPropertiesScan("com.alumia.admin")
@EnableScheduling
public class AlumiaAdminApplication {

    public static void main(String[] args) {
        if (Cli.handles(args)) {
            System.exit(Cli.run(args, System.out, System.err));
        }
        SpringApplication.run(AlumiaAdminApplication.class, args);
    }
}
