package com.alumia.admin.command.alert;

import com.alumia.admin.api.alert.AcknowledgeAlertCommand;
import com.alumia.admin.api.alert.AlertAcknowledgedEvent;
import com.alumia.admin.api.alert.AlertId;
import com.alumia.admin.api.alert.AlertKind;
import com.alumia.admin.api.alert.AlertRaisedEvent;
import com.alumia.admin.api.alert.AlertResolvedEvent;
import com.alumia.admin.api.alert.AlertStatus;
import com.alumia.admin.api.alert.RaiseAlertCommand;
import com.alumia.admin.api.alert.ResolveAlertCommand;
import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.common.Severity;
import com.alumia.admin.command.common.DomainException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

class AlertTest {

    private static final AlertId ID = new AlertId("al_1");
    private static final Instant AT = Instant.parse("2026-11-24T03:12:00Z");
    private static final AlertRaisedEvent RAISED = new AlertRaisedEvent(ID, new OrgId("org-1"),
            AlertKind.SCHEDULE_FAILED, Severity.HIGH, "Nightly sync failed", "timeout", "scheduler", AT);

    private AggregateTestFixture<Alert> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Alert.class);
    }

    @Test
    void raisesAnAlertWithMediumSeverityWhenNoneIsGiven() {
        fixture.givenNoPriorActivity()
               .when(new RaiseAlertCommand(ID, new OrgId("org-1"), AlertKind.USAGE_EVENT, null, "Quota at 90%",
                                           null, "usage", AT))
               .expectEvents(new AlertRaisedEvent(ID, new OrgId("org-1"), AlertKind.USAGE_EVENT, Severity.MEDIUM,
                                                  "Quota at 90%", null, "usage", AT));
    }

    @Test
    void rejectsAnAlertWithoutTitle() {
        fixture.givenNoPriorActivity()
               .when(new RaiseAlertCommand(ID, new OrgId("org-1"), AlertKind.USAGE_EVENT, null, " ", null, "usage",
                                           AT))
               .expectException(DomainException.class);
    }

    @Test
    void acknowledgesThenResolves() {
        fixture.given(RAISED)
               .when(new AcknowledgeAlertCommand(ID, null, "looking"))
               .expectEvents(new AlertAcknowledgedEvent(ID, "looking"));
        fixture.given(RAISED, new AlertAcknowledgedEvent(ID, null))
               .when(new ResolveAlertCommand(ID, null, "rerun ok"))
               .expectEvents(new AlertResolvedEvent(ID, AlertStatus.ACKNOWLEDGED, "rerun ok"));
    }

    @Test
    void rejectsAcknowledgingAResolvedAlert() {
        fixture.given(RAISED, new AlertResolvedEvent(ID, AlertStatus.OPEN, null))
               .when(new AcknowledgeAlertCommand(ID, null, null))
               .expectException(DomainException.class);
    }

    @Test
    void rejectsResolvingTwice() {
        fixture.given(RAISED, new AlertResolvedEvent(ID, AlertStatus.OPEN, null))
               .when(new ResolveAlertCommand(ID, null, null))
               .expectException(DomainException.class);
    }
}
