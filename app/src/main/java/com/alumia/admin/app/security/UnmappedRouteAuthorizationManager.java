package com.alumia.admin.app.security;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.function.Supplier;

/**
 * The rule for requests that no listed rule matched. A request no controller would handle is let through so that
 * it gets an honest 404 or 405 problem; a request that some controller would handle has no rule and is refused.
 */
class UnmappedRouteAuthorizationManager implements AuthorizationManager<RequestAuthorizationContext> {

    private final RequestMappingHandlerMapping handlerMapping;

    UnmappedRouteAuthorizationManager(RequestMappingHandlerMapping handlerMapping) {
        this.handlerMapping = handlerMapping;
    }

    @Override
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        try {
            return new AuthorizationDecision(handlerMapping.getHandler(context.getRequest()) == null);
        } catch (HttpRequestMethodNotSupportedException e) {
            return new AuthorizationDecision(true);
        } catch (Exception e) {
            return new AuthorizationDecision(false);
        }
    }
}
