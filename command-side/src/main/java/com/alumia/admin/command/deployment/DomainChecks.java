package com.alumia.admin.command.deployment;

import com.alumia.admin.api.audit.AuditMetadata;
import com.alumia.admin.api.deployment.DomainCheckOutcome;
import com.alumia.admin.api.deployment.DomainObservation;
import com.alumia.admin.api.deployment.DomainRecords;
import com.alumia.admin.api.deployment.DomainState;
import com.alumia.admin.api.deployment.RecordDomainCheckCommand;
import com.alumia.admin.api.deployment.TargetId;
import com.alumia.admin.api.deployment.TargetViews;
import org.axonframework.queryhandling.QueryHandler;
import com.alumia.admin.command.common.CommandSender;
import com.alumia.admin.command.common.DueRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import static com.alumia.admin.command.common.Columns.instant;

/**
 * DNS checks of custom domains: on demand, and on a schedule for every domain whose next check is due (sooner for
 * domains not yet verified). A node takes a due domain by moving its next check forward in one conditional update,
 * so among several nodes one checks it. Each check sends what it saw to the domain's target, which records a change
 * of state or findings; {@code domain_check} keeps when each domain was last checked and how.
 */
@Component
class DomainChecks {

    private static final Logger log = LoggerFactory.getLogger(DomainChecks.class);
    private static final int BATCH = 20;
    static final Map<String, String> SCHEDULED = Map.of(AuditMetadata.ACTOR, "system:domain-checks",
            AuditMetadata.REASON, "scheduled DNS check");

    private final CommandSender commands;
    private final DnsLookups dns;
    private final JdbcTemplate jdbc;
    private final DueRows due;
    private final Clock clock;
    private final DeploymentProperties properties;

    DomainChecks(CommandSender commands, DnsLookups dns, DataSource dataSource, Clock clock,
                 DeploymentProperties properties) {
        this.commands = commands;
        this.dns = dns;
        this.jdbc = new JdbcTemplate(dataSource);
        this.due = new DueRows(jdbc, "domain_check", "host", "next_check_at", null);
        this.clock = clock;
        this.properties = properties;
    }

    /** Checks one domain now, for an operator: what the target made of it. */
    DomainCheckOutcome check(TargetId target, String host) {
        return check(target, host, null);
    }

    @Scheduled(initialDelayString = "${alumia.deployments.check-poll-interval:10s}",
               fixedDelayString = "${alumia.deployments.check-poll-interval:10s}")
    void checkDue() {
        // Taken for a while, so that another node does not check it too; the check sets the real next time.
        for (Map<String, Object> row : due.take(clock.instant(), properties.recheckPending(), BATCH)) {
            String host = (String) row.get("host");
            try {
                check(new TargetId((String) row.get("target_id")), host, SCHEDULED);
            } catch (RuntimeException e) {
                log.warn("The scheduled DNS check of {} failed", host, e);
            }
        }
    }

    @QueryHandler
    TargetViews.DomainChecks handle(TargetViews.FindDomainChecksQuery query) {
        return new TargetViews.DomainChecks(jdbc.query("SELECT * FROM domain_check WHERE target_id = ? ORDER BY host",
                (rs, n) -> new TargetViews.DomainCheck(rs.getString("host"), instant(rs, "last_checked_at"),
                        rs.getString("last_outcome"), rs.getString("last_error"),
                        instant(rs, "next_check_at")), query.targetId().value()));
    }

    private DomainCheckOutcome check(TargetId target, String host, Map<String, String> metadata) {
        DomainObservation seen = new DomainObservation(dns.txt(DomainRecords.CHALLENGE_LABEL + "." + host),
                dns.cname(host));
        RecordDomainCheckCommand command = new RecordDomainCheckCommand(target, host, seen);
        DomainCheckOutcome outcome = metadata == null ? commands.send(command) : commands.sendWith(command, metadata);
        Instant now = clock.instant();
        String error = seen.inconclusive() ? (seen.txt().error() != null ? seen.txt().error()
                : seen.cname().error()) : null;
        jdbc.update("UPDATE domain_check SET last_checked_at = ?, last_outcome = ?, last_error = ?, next_check_at = ? "
                    + "WHERE host = ? AND target_id = ?", Timestamp.from(now),
                outcome.inconclusive() ? "inconclusive" : outcome.state().name().toLowerCase(java.util.Locale.ROOT),
                error == null ? null : error.length() > 500 ? error.substring(0, 500) : error,
                Timestamp.from(now.plus(outcome.state() == DomainState.VERIFIED && !outcome.inconclusive()
                        ? properties.recheckVerified() : properties.recheckPending())), host, target.value());
        return outcome;
    }
}
