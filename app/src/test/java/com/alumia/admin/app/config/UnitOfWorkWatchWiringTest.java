package com.alumia.admin.app.config;

import com.alumia.admin.app.ApplicationTest;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.messaging.timeout.UnitOfWorkTimeoutInterceptor;
import org.axonframework.queryhandling.QueryBus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The running app's buses are watched by the {@link UnitOfWorkWatch}, and Axon's own timeouts are not there. */
@ApplicationTest
class UnitOfWorkWatchWiringTest {

    @Autowired
    CommandBus commandBus;
    @Autowired
    QueryBus queryBus;

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
