package com.alumia.admin.app.config;

import com.alumia.admin.app.ApplicationTest;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.messaging.timeout.UnitOfWorkTimeoutInterceptor;
import org.axonframework.queryhandling.QueryBus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.test.util.ReflectionTestUtils;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running app's buses and processors are watched by the {@link UnitOfWorkWatch}, Axon's own timeouts are not
 * there, and the app's scheduled tasks still run on Spring's pool.
 */
@ApplicationTest
class UnitOfWorkWatchWiringTest {

    @Autowired
    CommandBus commandBus;
    @Autowired
    QueryBus queryBus;

    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    TaskScheduler taskScheduler;

    @Test
    void everyProcessorIsWatched() {
        for (String processor : processing.eventProcessors().keySet()) {
            assertThat(processing.interceptorsFor(processor)).as(processor)
                    .hasAtLeastOneElementOfType(UnitOfWorkWatch.Watching.class)
                    .noneMatch(UnitOfWorkTimeoutInterceptor.class::isInstance);
        }
    }

    @Test
    void theScheduledTasksKeepTheirOwnPool() {
        // The watch looks from a thread of its own; a scheduler bean of its would have taken over @Scheduled.
        assertThat(taskScheduler).isInstanceOfSatisfying(ThreadPoolTaskScheduler.class,
                scheduler -> assertThat(scheduler.getScheduledThreadPoolExecutor().getCorePoolSize()).isEqualTo(4));
    }

    @Test
    void theBusesAreWatchedOnce() {
        for (Object bus : List.of(commandBus, queryBus)) {
            List<?> interceptors = (List<?>) ReflectionTestUtils.getField(bus, "handlerInterceptors");
            assertThat(interceptors).as(bus.getClass().getSimpleName())
                    .hasAtLeastOneElementOfType(UnitOfWorkWatch.Watching.class)
                    .filteredOn(i -> i instanceof UnitOfWorkWatch.Watching || i instanceof UnitOfWorkTimeoutInterceptor)
                    .hasSize(1);
        }
    }
}
