package com.alumia.admin.app.eventstore;

import com.alumia.admin.app.ApplicationTest;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The views' units of work carry no correlation data (ViewHandling): that holds only while no handler of the query
 * side can send a command, an event or a deadline. This test fails when one gets the means to.
 */
@ApplicationTest
class ViewHandlersSendNothingTest {

    private static final List<Class<?>> SENDERS = List.of(CommandGateway.class, CommandBus.class, EventGateway.class,
            EventBus.class, DeadlineManager.class);

    @Autowired
    ApplicationContext context;

    @Test
    void noViewHandlerHoldsAnythingThatSends() {
        Set<String> views = ProcessingConfiguration.views(context);
        assertThat(views).contains("feedback-queue", "audit-log").doesNotContain("byok-revocations");
        List<String> senders = new ArrayList<>();
        for (String name : context.getBeanNamesForAnnotation(ProcessingGroup.class)) {
            Class<?> type = ClassUtils.getUserClass(context.getType(name));
            if (!views.contains(context.findAnnotationOnBean(name, ProcessingGroup.class).value())) {
                continue;
            }
            for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (SENDERS.stream().anyMatch(sender -> sender.isAssignableFrom(field.getType()))) {
                        senders.add(type.getSimpleName() + "." + field.getName());
                    }
                }
            }
        }
        assertThat(senders).isEmpty();
    }
}
