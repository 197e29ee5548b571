package com.alumia.admin.command.deployment;

import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.deployment.DeploymentDomainAddedEvent;
import com.alumia.admin.api.deployment.DeploymentDomainRemovedEvent;
import com.alumia.admin.api.deployment.DeploymentTargetCreatedEvent;
import com.alumia.admin.api.deployment.TargetId;
import com.alumia.admin.command.common.Claims;
import com.alumia.admin.command.common.DomainException;
import com.alumia.admin.command.common.InCommandTransaction;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

/**
 * The hostnames that targets hold: each default host and custom domain is claimed by one target at a time, in the
 * transaction of the command that adds it, so a hostname already held (by another org, or another target of the
 * same org) is refused and nothing is stored. A custom domain, once added, is due for its first DNS check at once.
 */
@Component
@InCommandTransaction
@ProcessingGroup(HostRegistry.GROUP)
class HostRegistry {

    static final String GROUP = "deployment-hosts";

    private final Claims hosts;
    private final JdbcTemplate jdbc;

    HostRegistry(DataSource dataSource) {
        this.hosts = new Claims(dataSource, "host_claim", "host", "holder");
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @EventHandler
    void on(DeploymentTargetCreatedEvent event) {
        for (String host : event.defaultHosts()) {
            claim(host, event.org(), event.targetId());
        }
    }

    @EventHandler
    void on(DeploymentDomainAddedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        claim(event.hostname(), event.org(), event.targetId());
        jdbc.update("INSERT INTO domain_check (host, target_id, next_check_at) VALUES (?, ?, ?)", event.hostname(),
                event.targetId().value(), Timestamp.from(at));
    }

    @EventHandler
    void on(DeploymentDomainRemovedEvent event) {
        jdbc.queryForList("SELECT holder FROM host_claim WHERE host = ?", String.class, event.hostname())
            .stream().filter(holder -> holder.endsWith("/" + event.targetId().value()))
            .forEach(holder -> hosts.release(event.hostname(), holder));
        jdbc.update("DELETE FROM domain_check WHERE host = ?", event.hostname());
    }

    private void claim(String host, OrgId org, TargetId target) {
        hosts.claim(host, holder(org, target), holder -> {
            boolean sameOrg = holder != null && holder.startsWith(org.value() + "/");
            return DomainException.conflict("deployment.host_claimed", host + " is claimed by "
                    + (holder == null ? "another target" : sameOrg ? "target " + holder.substring(holder.indexOf('/') + 1)
                    + " of the same org" : "another org"), Map.of("hostname", host,
                    "heldBy", holder == null ? "another target" : holder));
        });
    }

    private static String holder(OrgId org, TargetId target) {
        return org.value() + "/" + target.value();
    }
}
