package com.alumia.admin.query.common;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * Asks the query bus on behalf of an HTTP request and hands back failures unwrapped, so that the error mapping
 * sees the real cause.
 */
@Component
public class Queries {

    private final QueryGateway gateway;

    Queries(QueryGateway gateway) {
        this.gateway = gateway;
    }

    public <R> R ask(Object query, Class<R> resultType) {
        try {
            return gateway.query(query, ResponseTypes.instanceOf(resultType)).join();
        } catch (CompletionException e) {
            throw unwrap(e);
        }
    }

    public <R> Optional<R> askOptional(Object query, Class<R> resultType) {
        try {
            return gateway.query(query, ResponseTypes.optionalInstanceOf(resultType)).join();
        } catch (CompletionException e) {
            throw unwrap(e);
        }
    }

    private static RuntimeException unwrap(CompletionException e) {
        return e.getCause() instanceof RuntimeException cause ? cause : e;
    }
}
