package com.alumia.admin.command.connector;

import com.alumia.admin.api.common.RuleViolation;
import com.alumia.admin.api.connector.ConnectorDeliveryAttemptedEvent;
import com.alumia.admin.api.connector.ConnectorEventDeadLetteredEvent;
import com.alumia.admin.api.connector.ConnectorEventDeliveredEvent;
import com.alumia.admin.api.connector.ConnectorEventId;
import com.alumia.admin.api.connector.ConnectorEventReceivedEvent;
import com.alumia.admin.api.connector.ConnectorEventRequeuedEvent;
import com.alumia.admin.api.connector.ConnectorKey;
import com.alumia.admin.api.connector.Posture;
import com.alumia.admin.api.connector.RecordDeliveryAttemptCommand;
import com.alumia.admin.api.connector.RequeueConnectorEventCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import static com.alumia.admin.command.common.BrokenRule.rule;
import static org.assertj.core.api.Assertions.assertThat;

class ConnectorEventTest {

    private static final ConnectorKey KEY = new ConnectorKey("github");
    private static final ConnectorEventId ID = ConnectorEventId.of(KEY, "evt-1");
    private static final URI WORKER = URI.create("http://worker.internal/events");
    private static final Instant LATER = Instant.parse("2026-11-24T12:00:01Z");
    private static final ConnectorEventReceivedEvent RECEIVED = new ConnectorEventReceivedEvent(ID, KEY, "evt-1", null,
            Posture.VERIFIED, WORKER, "{}", "application/json");
    private static final ConnectorDeliveryAttemptedEvent FAILED_ONCE = new ConnectorDeliveryAttemptedEvent(ID, WORKER,
            1, 500, 12, "HTTP 500", LATER);

    private final AggregateTestFixture<ConnectorEvent> fixture = new AggregateTestFixture<>(ConnectorEvent.class);

    @Test
    void theSameSenderIdIsTheSameEvent() {
        assertThat(ConnectorEventId.of(KEY, "evt-1")).isEqualTo(ID);
        assertThat(ConnectorEventId.of(new ConnectorKey("linear"), "evt-1")).isNotEqualTo(ID);
        assertThat(ID.value()).matches("ce_[0-9a-f]{32}");
    }

    @Test
    void attemptsAreLedgeredUntilDeliveredOrDeadLettered() {
        fixture.given(RECEIVED)
               .when(new RecordDeliveryAttemptCommand(ID, 1, 500, 12, "HTTP 500", LATER))
               .expectEvents(FAILED_ONCE);
        fixture.given(RECEIVED, FAILED_ONCE)
               .when(new RecordDeliveryAttemptCommand(ID, 2, 204, 8, null, null))
               .expectEvents(new ConnectorDeliveryAttemptedEvent(ID, WORKER, 2, 204, 8, null, null),
                       new ConnectorEventDeliveredEvent(ID, 2));
        fixture.given(RECEIVED, FAILED_ONCE)
               .when(new RecordDeliveryAttemptCommand(ID, 2, null, 2000, "HttpTimeoutException", null))
               .expectEvents(new ConnectorDeliveryAttemptedEvent(ID, WORKER, 2, null, 2000, "HttpTimeoutException",
                       null), new ConnectorEventDeadLetteredEvent(ID, 2, "HttpTimeoutException"));
        fixture.given(RECEIVED, FAILED_ONCE)
               .when(new RecordDeliveryAttemptCommand(ID, 1, 500, 12, "HTTP 500", LATER))
               .expectException(rule(RuleViolation.Kind.CONFLICT, "connector_event.attempt_out_of_order"));
        fixture.given(RECEIVED, new ConnectorEventDeliveredEvent(ID, 1))
               .when(new RecordDeliveryAttemptCommand(ID, 2, 200, 1, null, null))
               .expectException(rule(RuleViolation.Kind.CONFLICT, "connector_event.not_in_delivery"));
    }

    @Test
    void replaysLeaveAcknowledgedAndInFlightEventsAloneUnlessAsked() {
        ConnectorEventDeadLetteredEvent dead = new ConnectorEventDeadLetteredEvent(ID, 1, "HTTP 500");
        fixture.given(RECEIVED, FAILED_ONCE, dead)
               .when(new RequeueConnectorEventCommand(ID, "rp_1", false))
               .expectEvents(new ConnectorEventRequeuedEvent(ID, "rp_1", WORKER))
               .expectResultMessagePayload(true);
        fixture.given(RECEIVED, new ConnectorDeliveryAttemptedEvent(ID, WORKER, 1, 200, 3, null, null),
                       new ConnectorEventDeliveredEvent(ID, 1))
               .when(new RequeueConnectorEventCommand(ID, "rp_1", false))
               .expectNoEvents()
               .expectResultMessagePayload(false);
        fixture.given(RECEIVED, new ConnectorDeliveryAttemptedEvent(ID, WORKER, 1, 200, 3, null, null),
                       new ConnectorEventDeliveredEvent(ID, 1))
               .when(new RequeueConnectorEventCommand(ID, "rp_1", true))
               .expectEvents(new ConnectorEventRequeuedEvent(ID, "rp_1", WORKER));
        fixture.given(RECEIVED)
               .when(new RequeueConnectorEventCommand(ID, "rp_1", true))
               .expectNoEvents()
               .expectResultMessagePayload(false);
    }

    @Test
    void waitsDoubleUpToTheCeilingAndTheLastAttemptHasNoNext() {
        ConnectorProperties properties = new ConnectorProperties(Duration.ofMinutes(5), DataSize.ofKilobytes(256), 5,
                Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofMillis(250));
        Instant now = Instant.parse("2026-11-24T12:00:00Z");
        assertThat(properties.nextAttempt(1, now)).isEqualTo(now.plusSeconds(1));
        assertThat(properties.nextAttempt(2, now)).isEqualTo(now.plusSeconds(2));
        assertThat(properties.nextAttempt(3, now)).isEqualTo(now.plusSeconds(4));
        assertThat(properties.nextAttempt(4, now)).isEqualTo(now.plusSeconds(5));
        assertThat(properties.nextAttempt(5, now)).isNull();
    }
}
