package com.alumia.admin.command.ops;

import com.alumia.admin.api.ops.CancelProjectionRebuildCommand;
import com.alumia.admin.api.ops.ProjectionRebuildCancelledEvent;
import com.alumia.admin.api.ops.ProjectionRebuildRequestedEvent;
import com.alumia.admin.api.ops.ProjectionSwitchedEvent;
import com.alumia.admin.api.ops.RebuildNodes;
import com.alumia.admin.api.ops.RequestProjectionRebuildCommand;
import com.alumia.admin.api.ops.SwitchProjectionCommand;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import static com.alumia.admin.api.ops.RebuildNodes.ALL;
import static com.alumia.admin.api.ops.RebuildStrategy.BUILD_ASIDE;
import static com.alumia.admin.api.ops.RebuildStrategy.IN_PLACE;

class ProjectionRebuildTest {

    private final AggregateTestFixture<ProjectionRebuild> fixture = new AggregateTestFixture<>(ProjectionRebuild.class);

    @Test
    void theFirstRebuildOfAProjectionStartsItsHistory() {
        fixture.givenNoPriorActivity()
               .when(new RequestProjectionRebuildCommand("feedback-queue", 120, IN_PLACE, RebuildNodes.THIS, "n1"))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new ProjectionRebuildRequestedEvent("feedback-queue", 120, IN_PLACE, RebuildNodes.THIS,
                       "n1"));
    }

    @Test
    void everyLaterRebuildIsRecordedToo() {
        fixture.given(new ProjectionRebuildRequestedEvent("feedback-queue", 120, IN_PLACE, ALL, "n1"))
               .when(new RequestProjectionRebuildCommand("feedback-queue", 900, BUILD_ASIDE, ALL, "n2"))
               .expectEvents(new ProjectionRebuildRequestedEvent("feedback-queue", 900, BUILD_ASIDE, ALL, "n2"));
    }

    @Test
    void aBuildAsideEndsSwitchedInOrCancelled() {
        fixture.given(new ProjectionRebuildRequestedEvent("audit-log", 50, BUILD_ASIDE, ALL, "n1"))
               .when(new SwitchProjectionCommand("audit-log", 64, "n1"))
               .expectEvents(new ProjectionSwitchedEvent("audit-log", 64, "n1"));
        fixture.given(new ProjectionRebuildRequestedEvent("audit-log", 50, BUILD_ASIDE, ALL, "n1"))
               .when(new CancelProjectionRebuildCommand("audit-log", 20, "n1"))
               .expectEvents(new ProjectionRebuildCancelledEvent("audit-log", 20, "n1"));
    }

    @Test
    void nothingIsSwitchedForAProjectionNeverRebuilt() {
        fixture.givenNoPriorActivity()
               .when(new SwitchProjectionCommand("alerts", 10, "n1"))
               .expectException(AggregateNotFoundException.class);
    }
}
