package com.alumia.admin.command.common;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Turns a {@link DomainException} into a {@link CommandExecutionException} that carries the rule violation as its
 * details: the one shape in which a broken rule reaches the caller, locally and across Axon Server alike.
 */
@Component
class RuleViolationInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        try {
            return interceptorChain.proceed();
        } catch (DomainException e) {
            throw new CommandExecutionException(e.getMessage(), null, e.violation());
        }
    }
}
