package com.alumia.admin.command.deployment;

import com.alumia.admin.api.common.InvalidValueException;
import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.common.RuleViolation;
import com.alumia.admin.api.deployment.ChangeTargetModesCommand;
import com.alumia.admin.api.deployment.CreateTargetCommand;
import com.alumia.admin.api.deployment.DeploymentHealthChangedEvent;
import com.alumia.admin.api.deployment.DeploymentModesChangedEvent;
import com.alumia.admin.api.deployment.DeploymentTargetCreatedEvent;
import com.alumia.admin.api.deployment.Hostnames;
import com.alumia.admin.api.deployment.IsolationMode;
import com.alumia.admin.api.deployment.ReportTargetHealthCommand;
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
        assertThat(Hostnames.canonical("acme.enterprise.alumia.com.")).isEqualTo("acme.enterprise.alumia.com");
        for (String bad : List.of("localhost", "a..b.com", "-a.com", "a-.com", "exa mple.com", "1.2.3.4",
                "a.b." + "c".repeat(64), "x".repeat(250) + ".com", "*.example.com", "ex_ample.com", "")) {
            assertThatThrownBy(() -> Hostnames.canonical(bad)).as(bad).isInstanceOf(InvalidValueException.class);
        }
    }
}
