package com.alumia.admin.command.ops;

import com.alumia.admin.api.ops.ProjectionRebuildRequestedEvent;
import com.alumia.admin.api.ops.RequestProjectionRebuildCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class ProjectionRebuildTest {

    private final AggregateTestFixture<ProjectionRebuild> fixture = new AggregateTestFixture<>(ProjectionRebuild.class);

    @Test
    void theFirstRebuildOfAProjectionStartsItsHistory() {
        fixture.givenNoPriorActivity()
               .when(new RequestProjectionRebuildCommand("feedback-queue", 120))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new ProjectionRebuildRequestedEvent("feedback-queue", 120));
    }

    @Test
    void everyLaterRebuildIsRecordedToo() {
        fixture.given(new ProjectionRebuildRequestedEvent("feedback-queue", 120))
               .when(new RequestProjectionRebuildCommand("feedback-queue", 900))
               .expectEvents(new ProjectionRebuildRequestedEvent("feedback-queue", 900));
    }
}
