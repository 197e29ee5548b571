package com.alumia.admin.command.deployment;

import com.alumia.admin.api.common.InvalidValueException;
import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.common.RuleViolation;
import com.alumia.admin.api.deployment.AddCustomDomainCommand;
import com.alumia.admin.api.deployment.ChangeTargetModesCommand;
import com.alumia.admin.api.deployment.CreateTargetCommand;
import com.alumia.admin.api.deployment.DeploymentDomainAddedEvent;
import com.alumia.admin.api.deployment.DeploymentDomainObservedEvent;
import com.alumia.admin.api.deployment.DeploymentDomainRemovedEvent;
import com.alumia.admin.api.deployment.DeploymentHealthChangedEvent;
import com.alumia.admin.api.deployment.DeploymentIncidentOpenedEvent;
import com.alumia.admin.api.deployment.DeploymentIncidentResolvedEvent;
import com.alumia.admin.api.deployment.DnsAnswer;
import com.alumia.admin.api.deployment.DomainCheckOutcome;
import com.alumia.admin.api.deployment.DomainFinding;
import com.alumia.admin.api.deployment.DomainObservation;
import com.alumia.admin.api.deployment.DomainRecords;
import com.alumia.admin.api.deployment.DomainState;
import com.alumia.admin.api.deployment.DeploymentModesChangedEvent;
import com.alumia.admin.api.deployment.DeploymentTargetCreatedEvent;
import com.alumia.admin.api.deployment.Hostnames;
import com.alumia.admin.api.deployment.IsolationMode;
import com.alumia.admin.api.deployment.RecordDomainCheckCommand;
import com.alumia.admin.api.deployment.RemoveCustomDomainCommand;
import com.alumia.admin.api.deployment.ReportTargetHealthCommand;
import com.alumia.admin.api.deployment.ResolveIncidentCommand;
import com.alumia.admin.api.deployment.RoutingMode;
import com.alumia.admin.api.deployment.TargetHealth;
import com.alumia.admin.api.deployment.TargetId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.alumia.admin.command.common.BrokenRule.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeploymentTargetTest {

    private static final TargetId ID = new TargetId("dt_1");
    private static final OrgId ORG = new OrgId("org-acme");
    private static final DeploymentTargetCreatedEvent CREATED = new DeploymentTargetCreatedEvent(ID, ORG, "Acme EU",
            "eu-central-1", RoutingMode.SHARED, IsolationMode.SHARED_SCHEMA, List.of("acme.enterprise.alumia.com"),
            "2026.11.24");

    private final AggregateTestFixture<DeploymentTarget> fixture = new AggregateTestFixture<>(DeploymentTarget.class);

    @Test
    void aTargetIsRegisteredWithItsHostsInCanonicalForm() {
        fixture.givenNoPriorActivity()
               .when(new CreateTargetCommand(ID, ORG, "Acme EU", "eu-central-1", RoutingMode.SHARED,
                       IsolationMode.SHARED_SCHEMA, List.of("Acme.Enterprise.Alumia.com."), "2026.11.24"))
               .expectEvents(CREATED);
    }

    @Test
    void badRegionsHostsAndVersionsAreRefused() {
        fixture.givenNoPriorActivity()
               .when(new CreateTargetCommand(ID, ORG, "A", "Europe", RoutingMode.SHARED, IsolationMode.SHARED_SCHEMA,
                       List.of("a.example.com"), "1.0"))
               .expectException(rule(RuleViolation.Kind.INVALID, "deployment.region_invalid"));
        fixture.givenNoPriorActivity()
               .when(new CreateTargetCommand(ID, ORG, "A", "eu-west-1", RoutingMode.SHARED, IsolationMode.SHARED_SCHEMA,
                       List.of("-bad-.example.com"), "1.0"))
               .expectException(rule(RuleViolation.Kind.INVALID, "deployment.host_invalid"));
        fixture.givenNoPriorActivity()
               .when(new CreateTargetCommand(ID, ORG, "A", "eu-west-1", RoutingMode.SHARED, IsolationMode.SHARED_SCHEMA,
                       List.of("a.example.com"), "v1"))
               .expectException(rule(RuleViolation.Kind.INVALID, "deployment.version_invalid"));
    }

    @Test
    void modeChangesAreRecordedFromAndTo() {
        fixture.given(CREATED)
               .when(new ChangeTargetModesCommand(ID, 0L, RoutingMode.DEDICATED, null))
               .expectEvents(new DeploymentModesChangedEvent(ID, RoutingMode.SHARED, RoutingMode.DEDICATED,
                       IsolationMode.SHARED_SCHEMA, IsolationMode.SHARED_SCHEMA));
        fixture.given(CREATED)
               .when(new ChangeTargetModesCommand(ID, 0L, RoutingMode.SHARED, IsolationMode.SHARED_SCHEMA))
               .expectException(rule(RuleViolation.Kind.CONFLICT, "deployment.modes_unchanged"));
    }

    @Test
    void onlyReportsThatChangeSomethingAreRecorded() {
        fixture.given(CREATED)
               .when(new ReportTargetHealthCommand(ID, TargetHealth.HEALTHY, Map.of("db", "ok"), null))
               .expectEvents(new DeploymentHealthChangedEvent(ID, TargetHealth.UNKNOWN, TargetHealth.HEALTHY,
                       Map.of("db", "ok"), "2026.11.24"))
               .expectResultMessagePayload(true);
        fixture.given(CREATED, new DeploymentHealthChangedEvent(ID, TargetHealth.UNKNOWN, TargetHealth.HEALTHY,
                      Map.of(), "2026.11.24"))
               .when(new ReportTargetHealthCommand(ID, TargetHealth.HEALTHY, Map.of("db", "ok"), "2026.11.24"))
               .expectNoEvents()
               .expectResultMessagePayload(false);
    }

    @Test
    void hostnamesAreAsciiLowerCaseAndRefusedWhenMalformed() {
        assertThat(Hostnames.canonical("Bücher.Example.COM")).isEqualTo("xn--bcher-kva.example.com");
        assertThat(Hostnames.canonical("xn--bcher-kva.example.com")).isEqualTo("xn--bcher-kva.example.com");
        assertThat(Hostnames.canonical("acme.enterprise.alumia.com.")).isEqualTo("acme.enterprise.alumia.com");
        for (String bad : List.of("localhost", "a..b.com", "-a.com", "a-.com", "exa mple.com", "1.2.3.4",
                "a.b." + "c".repeat(64), "x".repeat(250) + ".com", "*.example.com", "ex_ample.com", "",
                "xn--a.example", "xn--zz.example", "xn--ls8h.example")) {
            assertThatThrownBy(() -> Hostnames.canonical(bad)).as(bad).isInstanceOf(InvalidValueException.class);
        }
    }

    private static final String HOST = "shop.acme.com";
    private static final String TOKEN = "0123456789abcdef0123456789abcdef";
    private static final DomainRecords RECORDS = DomainRecords.of(HOST, TOKEN, "acme.enterprise.alumia.com");
    private static final DeploymentDomainAddedEvent ADDED = new DeploymentDomainAddedEvent(ID, ORG, HOST, RECORDS);
    private static final DomainObservation RIGHT = new DomainObservation(
            DnsAnswer.of(List.of("v=spf1 -all", RECORDS.txtValue())), DnsAnswer.of(List.of("acme.enterprise.alumia.com")));
    private static final DomainObservation NO_TXT = new DomainObservation(
            new DnsAnswer(DnsAnswer.Status.NXDOMAIN, List.of(), null), RIGHT.cname());

    @Test
    void aDomainIsAddedWithTheRecordsToCreate() {
        fixture.given(CREATED)
               .when(new AddCustomDomainCommand(ID, "Shop.Acme.com.", TOKEN))
               .expectEvents(ADDED)
               .expectResultMessagePayload(new AddCustomDomainCommand.Added(RECORDS, 1));
        assertThat(RECORDS.txtName()).isEqualTo("_alumia-challenge.shop.acme.com");
        assertThat(RECORDS.txtValue()).isEqualTo("alumia-verify=" + TOKEN);
        fixture.given(CREATED, ADDED)
               .when(new AddCustomDomainCommand(ID, HOST, TOKEN))
               .expectException(rule(RuleViolation.Kind.CONFLICT, "deployment.domain_exists"));
        fixture.given(CREATED)
               .when(new AddCustomDomainCommand(ID, "acme.enterprise.alumia.com", TOKEN))
               .expectException(rule(RuleViolation.Kind.CONFLICT, "deployment.domain_exists"));
        fixture.given(CREATED)
               .when(new AddCustomDomainCommand(ID, "*.acme.com", TOKEN))
               .expectException(rule(RuleViolation.Kind.INVALID, "deployment.domain_wildcard"));
        fixture.given(CREATED)
               .when(new AddCustomDomainCommand(ID, "shop..acme.com", TOKEN))
               .expectException(rule(RuleViolation.Kind.INVALID, "deployment.domain_invalid"));
    }

    @Test
    void checksMoveTheDomainAndOnlyChangesAreRecorded() {
        fixture.given(CREATED, ADDED)
               .when(new RecordDomainCheckCommand(ID, HOST, RIGHT))
               .expectEvents(new DeploymentDomainObservedEvent(ID, HOST, DomainState.PENDING, DomainState.VERIFIED,
                       List.of()));
        DeploymentDomainObservedEvent verified = new DeploymentDomainObservedEvent(ID, HOST, DomainState.PENDING,
                DomainState.VERIFIED, List.of());
        fixture.given(CREATED, ADDED, verified)
               .when(new RecordDomainCheckCommand(ID, HOST, RIGHT))
               .expectNoEvents()
               .expectResultMessagePayload(new DomainCheckOutcome(HOST, DomainState.VERIFIED, List.of(), false, false));
        DomainFinding missing = new DomainFinding("TXT", RECORDS.txtName(), RECORDS.txtValue(),
                List.of("(no such name: NXDOMAIN)"), "missing", "Create a TXT record at " + RECORDS.txtName()
                + " with the value " + RECORDS.txtValue());
        fixture.given(CREATED, ADDED, verified)
               .when(new RecordDomainCheckCommand(ID, HOST, NO_TXT))
               .expectEvents(new DeploymentDomainObservedEvent(ID, HOST, DomainState.VERIFIED, DomainState.FAILED,
                       List.of(missing)));
        DomainObservation servfail = new DomainObservation(DnsAnswer.failed("SERVFAIL"), RIGHT.cname());
        fixture.given(CREATED, ADDED, verified)
               .when(new RecordDomainCheckCommand(ID, HOST, servfail))
               .expectNoEvents()
               .expectResultMessagePayload(new DomainCheckOutcome(HOST, DomainState.VERIFIED, List.of(), false, true));
        fixture.given(CREATED)
               .when(new RecordDomainCheckCommand(ID, HOST, RIGHT))
               .expectException(rule(RuleViolation.Kind.NOT_FOUND, "deployment.domain_unknown"));
    }

    @Test
    void aWrongCnameSaysWhereItPointsAndWhereItShould() {
        DomainObservation elsewhere = new DomainObservation(RIGHT.txt(), DnsAnswer.of(List.of("old-lb.example.net")));
        fixture.given(CREATED, ADDED)
               .when(new RecordDomainCheckCommand(ID, HOST, elsewhere))
               .expectEvents(new DeploymentDomainObservedEvent(ID, HOST, DomainState.PENDING, DomainState.FAILED,
                       List.of(new DomainFinding("CNAME", HOST, "acme.enterprise.alumia.com",
                               List.of("old-lb.example.net"), "wrong_value", "Point the CNAME record at " + HOST
                               + " to acme.enterprise.alumia.com instead of old-lb.example.net"))));
    }

    @Test
    void aRemovedDomainIsGone() {
        fixture.given(CREATED, ADDED)
               .when(new RemoveCustomDomainCommand(ID, HOST))
               .expectEvents(new DeploymentDomainRemovedEvent(ID, HOST, DomainState.PENDING));
        fixture.given(CREATED, ADDED, new DeploymentDomainRemovedEvent(ID, HOST, DomainState.PENDING))
               .when(new RemoveCustomDomainCommand(ID, HOST))
               .expectException(rule(RuleViolation.Kind.NOT_FOUND, "deployment.domain_unknown"));
    }

    @Test
    void aTargetGoingDownOpensOneIncidentThatAnOperatorResolves() {
        DeploymentHealthChangedEvent down = new DeploymentHealthChangedEvent(ID, TargetHealth.UNKNOWN,
                TargetHealth.DOWN, Map.of(), "2026.11.24");
        fixture.given(CREATED)
               .when(new ReportTargetHealthCommand(ID, TargetHealth.DOWN, Map.of(), null))
               .expectEvents(down, new DeploymentIncidentOpenedEvent(ID, 1, TargetHealth.DOWN, Map.of()));
        DeploymentIncidentOpenedEvent opened = new DeploymentIncidentOpenedEvent(ID, 1, TargetHealth.DOWN, Map.of());
        fixture.given(CREATED, down, opened)
               .when(new ReportTargetHealthCommand(ID, TargetHealth.DEGRADED, Map.of(), null))
               .expectEvents(new DeploymentHealthChangedEvent(ID, TargetHealth.DOWN, TargetHealth.DEGRADED, Map.of(),
                       "2026.11.24"));
        fixture.given(CREATED, down, opened)
               .when(new ResolveIncidentCommand(ID))
               .expectEvents(new DeploymentIncidentResolvedEvent(ID, 1, TargetHealth.DOWN));
        fixture.given(CREATED, down, opened, new DeploymentIncidentResolvedEvent(ID, 1, TargetHealth.DOWN))
               .when(new ReportTargetHealthCommand(ID, TargetHealth.HEALTHY, Map.of(), null))
               .expectEvents(new DeploymentHealthChangedEvent(ID, TargetHealth.DOWN, TargetHealth.HEALTHY, Map.of(),
                       "2026.11.24"));
        fixture.given(CREATED)
               .when(new ResolveIncidentCommand(ID))
               .expectException(rule(RuleViolation.Kind.CONFLICT, "deployment.no_open_incident"));
    }

    @Test
    void wildcardsCoverOneLabel() {
        assertThat(Hostnames.canonicalPattern("*.Acme.Enterprise.alumia.com")).isEqualTo("*.acme.enterprise.alumia.com");
        assertThat(Hostnames.wildcardOver("eu.acme.enterprise.alumia.com")).isEqualTo("*.acme.enterprise.alumia.com");
        assertThat(Hostnames.wildcardOver("acme.com")).isNull();
        assertThat(Hostnames.isWithin("a.enterprise.alumia.com", "enterprise.alumia.com")).isTrue();
        assertThat(Hostnames.isWithin("notenterprise.alumia.com", "enterprise.alumia.com")).isFalse();
        assertThatThrownBy(() -> Hostnames.canonicalPattern("*.com")).isInstanceOf(InvalidValueException.class);
    }
}
