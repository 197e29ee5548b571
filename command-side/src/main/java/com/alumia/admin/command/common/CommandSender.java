package com.alumia.admin.command.common;

import com.alumia.admin.api.audit.AuditMetadata;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends a command for an HTTP request and waits for its result. The operator's reason goes into the metadata here;
 * everything else about the actor and the request is added by the dispatch interceptor of the application.
 */
@Component
public class CommandSender {

    private final CommandGateway commandGateway;
    private final Duration timeout;

    CommandSender(CommandGateway commandGateway,
                  @Value("${alumia.commands.timeout:PT10S}") Duration timeout) {
        this.commandGateway = commandGateway;
        this.timeout = timeout;
    }

    public <R> R send(Object command) {
        return send(command, null);
    }

    public <R> R send(Object command, String reason) {
        return sendWith(command, reason == null || reason.isBlank()
                ? MetaData.emptyInstance()
                : MetaData.with(AuditMetadata.REASON, reason.strip()));
    }

    /**
     * Sends a command with audit metadata given by the caller: for work that an operator's request started and
     * that finishes later, outside the request, with the metadata taken from it.
     */
    @SuppressWarnings("unchecked")
    public <R> R sendWith(Object command, Map<String, ?> metaData) {
        try {
            return (R) commandGateway.send(new GenericCommandMessage<>(command, MetaData.from(metaData)))
                                     .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new CommandTimeoutException(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandTimeoutException(timeout);
        }
    }
}
