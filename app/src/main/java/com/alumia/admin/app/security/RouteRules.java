package com.alumia.admin.app.security;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

import static com.alumia.admin.app.security.Access.freshSuperAdmin;
import static com.alumia.admin.app.security.Access.operators;
import static com.alumia.admin.app.security.Access.publicAccess;
import static com.alumia.admin.app.security.Access.service;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/**
 * The security rule of every route, in one list. A route missing here is refused at run time, and the route
 * security test fails the build.
 */
@Component
public class RouteRules {

    public record Rule(HttpMethod method, String pattern, Access access) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(GET, "/actuator/health", publicAccess()),
            new Rule(GET, "/actuator/health/**", publicAccess()),
            new Rule(GET, "/actuator/info", publicAccess()),
            new Rule(GET, "/actuator/prometheus", operators()),
            new Rule(GET, "/v3/api-docs", publicAccess()),
            new Rule(GET, "/v3/api-docs/swagger-config", publicAccess()),
            new Rule(GET, "/v3/api-docs.yaml", publicAccess()),
            new Rule(GET, "/swagger-ui.html", publicAccess()),
            new Rule(GET, "/swagger-ui/**", publicAccess()),

            // The public marketing site: published pages only, while site.cms_enabled is on.
            new Rule(GET, "/site/**", publicAccess()),
            new Rule(GET, "/sitemap.xml", publicAccess()),

            // Authenticated by Stripe's signature over the body, not by a token.
            new Rule(POST, "/api/v1/webhooks/stripe", publicAccess()),
            // The public site's enterprise form: limited per client address by the endpoint itself.
            new Rule(POST, "/api/v1/enterprise-inquiry", publicAccess()),
            new Rule(GET, "/api/v1/admin/enterprise-inquiries", operators()),
            new Rule(GET, "/api/v1/admin/navigation", operators()),
            new Rule(GET, "/api/v1/admin/rollout/readiness", operators()),

            // Broadcasts: anyone on duty may preview an audience; sending to orgs needs a fresh super_admin.
            new Rule(POST, "/api/v1/admin/broadcasts/preview", operators()),
            new Rule(POST, "/api/v1/admin/broadcasts", freshSuperAdmin()),
            new Rule(GET, "/api/v1/admin/broadcasts", operators()),
            new Rule(GET, "/api/v1/admin/broadcasts/{broadcastId}", operators()),

            // Platform health: services report, operators read (worst first, with each subject's changes).
            new Rule(POST, "/api/v1/health/models/{subject}", service(Roles.PROBE)),
            new Rule(POST, "/api/v1/health/runtime-checks/{subject}", service(Roles.RUNTIME)),
            new Rule(POST, "/api/v1/health/sandbox-queues/{subject}", service(Roles.RUNTIME)),
            new Rule(POST, "/api/v1/health/shopping-stores/{subject}", service(Roles.INGEST)),
            new Rule(GET, "/api/v1/admin/models", operators()),
            new Rule(GET, "/api/v1/admin/runtime/health-checks", operators()),
            new Rule(GET, "/api/v1/admin/sandbox/queues", operators()),
            new Rule(GET, "/api/v1/admin/shopping/stores", operators()),
            new Rule(GET, "/api/v1/admin/health/{area}/{subject}", operators()),
            new Rule(POST, "/api/v1/security/events", service(Roles.INGEST)),
            new Rule(GET, "/api/v1/admin/security/events", operators()),

            new Rule(POST, "/api/v1/wallet/spend-requests", service(Roles.AGENT)),
            new Rule(GET, "/api/v1/admin/agent-wallet/wallets", operators()),
            new Rule(GET, "/api/v1/admin/agent-wallet/cards", operators()),
            new Rule(GET, "/api/v1/admin/agent-wallet/authorizations", operators()),
            new Rule(GET, "/api/v1/admin/agent-wallet/spend-requests", operators()),
            new Rule(GET, "/api/v1/admin/agent-wallet/transactions", operators()),
            new Rule(GET, "/api/v1/admin/agent-wallet/disputes", operators()),
            new Rule(GET, "/api/v1/admin/agent-wallet/refunds", operators()),
            new Rule(GET, "/api/v1/admin/agent-wallet/totals", operators()),
            new Rule(GET, "/api/v1/admin/agent-wallet/anomalies", operators()),
            new Rule(POST, "/api/v1/admin/agent-wallet/cards/{cardId}/freeze", operators()),
            new Rule(POST, "/api/v1/admin/agent-wallet/cards/{cardId}/unfreeze", operators()),
            new Rule(POST, "/api/v1/admin/agent-wallet/cards/{cardId}/cancellation", freshSuperAdmin()),
            new Rule(POST, "/api/v1/admin/agent-wallet/refunds", freshSuperAdmin()),
            new Rule(POST, "/api/v1/admin/agent-wallet/spend-requests/{requestId}/approval", operators()),
            new Rule(POST, "/api/v1/admin/agent-wallet/spend-requests/{requestId}/decline", operators()),

            new Rule(POST, "/api/v1/feedback", service(Roles.INGEST)),
            new Rule(POST, "/api/v1/alerts", service(Roles.INGEST)),
            new Rule(POST, "/api/v1/usage", service(Roles.INGEST)),
            new Rule(POST, "/api/v1/billing/orgs/{orgId}/payment-status", service(Roles.BILLING)),
            new Rule(POST, "/api/v1/admin/usage/budgets/{orgId}", operators()),
            new Rule(GET, "/api/v1/admin/usage/spend", operators()),
            new Rule(GET, "/api/v1/admin/usage/review", operators()),
            // Audited downloads: an export event before the first row and after the last.
            new Rule(GET, "/api/v1/admin/usage/export", operators()),

            // The site reports confirmed subscriptions and unsubscriptions; operators see counts, and the addresses
            // leave only through the audited export of a fresh super_admin.
            new Rule(POST, "/api/v1/newsletter/subscribers", service(Roles.INGEST)),
            new Rule(POST, "/api/v1/newsletter/unsubscriptions", service(Roles.INGEST)),
            new Rule(GET, "/api/v1/admin/newsletter/subscribers", operators()),
            new Rule(GET, "/api/v1/admin/newsletter/subscribers/export", freshSuperAdmin()),

            new Rule(GET, "/api/v1/admin/feedback", operators()),
            new Rule(GET, "/api/v1/admin/feedback/groups", operators()),
            new Rule(GET, "/api/v1/admin/feedback/security", operators()),
            new Rule(GET, "/api/v1/admin/feedback/{feedbackId}", operators()),
            new Rule(POST, "/api/v1/admin/feedback/{feedbackId}/transitions", operators()),
            new Rule(PUT, "/api/v1/admin/feedback/{feedbackId}/assignee", operators()),
            new Rule(POST, "/api/v1/admin/feedback/groups/{fingerprint}/transitions", freshSuperAdmin()),

            new Rule(GET, "/api/v1/admin/alerts", operators()),
            new Rule(GET, "/api/v1/admin/alerts/{alertId}", operators()),
            new Rule(POST, "/api/v1/admin/alerts/{alertId}/acknowledgement", operators()),
            new Rule(POST, "/api/v1/admin/alerts/{alertId}/resolution", operators()),

            new Rule(GET, "/api/v1/admin/audit", operators()),
            new Rule(GET, "/api/v1/admin/aggregates/{aggregateId}/events", operators()),
            new Rule(GET, "/api/v1/admin/events", operators()),
            new Rule(GET, "/api/v1/admin/events/chain", operators()),
            new Rule(GET, "/api/v1/admin/events/verify", operators()),

            new Rule(GET, "/api/v1/admin/orgs", operators()),
            new Rule(POST, "/api/v1/admin/orgs", freshSuperAdmin()),
            new Rule(POST, "/api/v1/admin/orgs/{orgId}/suspension", freshSuperAdmin()),
            new Rule(POST, "/api/v1/admin/orgs/{orgId}/reactivation", freshSuperAdmin()),
            new Rule(POST, "/api/v1/admin/orgs/{orgId}/members", operators()),
            new Rule(POST, "/api/v1/admin/orgs/{orgId}/members/{email}/role", operators()),
            new Rule(POST, "/api/v1/admin/orgs/{orgId}/members/{email}/removal", operators()),
            new Rule(POST, "/api/v1/admin/orgs/{orgId}/workspaces", operators()),
            new Rule(POST, "/api/v1/admin/orgs/{orgId}/workspaces/{workspaceId}/transfer", operators()),
            new Rule(GET, "/api/v1/admin/orgs/{orgId}", operators()),

            new Rule(GET, "/api/v1/admin/runtime/flags", operators()),
            new Rule(POST, "/api/v1/admin/runtime/flags", operators()),
            new Rule(GET, "/api/v1/admin/runtime/flags/{key}", operators()),
            // Kill switches and changes that stop the agent loop also need a fresh super_admin: the flag decides
            // (the command is refused with the step-up challenge), not the route.
            new Rule(PUT, "/api/v1/admin/runtime/flags/{key}/value", operators()),
            new Rule(POST, "/api/v1/admin/runtime/flags/{key}/value/removal", operators()),
            new Rule(PUT, "/api/v1/admin/runtime/flags/{key}/orgs/{orgId}", operators()),
            new Rule(POST, "/api/v1/admin/runtime/flags/{key}/orgs/{orgId}/removal", operators()),
            new Rule(POST, "/api/v1/admin/runtime/flags/{key}/schedules", operators()),
            new Rule(POST, "/api/v1/admin/runtime/flags/{key}/schedules/{scheduleId}/cancellation", operators()),
            new Rule(POST, "/api/v1/admin/runtime/flags/{key}/retirement", freshSuperAdmin()),
            new Rule(GET, "/api/v1/admin/runtime/controls", operators()),
            new Rule(GET, "/api/v1/runtime/controls", service(Roles.RUNTIME)),
            new Rule(GET, "/api/v1/runtime/controls/stream", service(Roles.RUNTIME)),

            new Rule(GET, "/api/v1/admin/site/pages", operators()),
            new Rule(POST, "/api/v1/admin/site/pages", freshSuperAdmin()),
            new Rule(GET, "/api/v1/admin/site/pages/{pageId}", operators()),
            new Rule(GET, "/api/v1/admin/site/pages/{pageId}/versions", operators()),
            new Rule(GET, "/api/v1/admin/site/pages/{pageId}/versions/{version}", operators()),
            new Rule(GET, "/api/v1/admin/site/pages/{pageId}/versions/{from}/diff/{to}", operators()),
            new Rule(PUT, "/api/v1/admin/site/pages/{pageId}/draft", freshSuperAdmin()),
            new Rule(POST, "/api/v1/admin/site/pages/{pageId}/publication", freshSuperAdmin()),
            new Rule(POST, "/api/v1/admin/site/pages/{pageId}/archival", freshSuperAdmin()),
            new Rule(POST, "/api/v1/admin/site/pages/{pageId}/restoration", freshSuperAdmin()),
            new Rule(POST, "/api/v1/admin/site/pages/{pageId}/reversion", freshSuperAdmin()),

            new Rule(GET, "/api/v1/admin/deployments/targets", operators()),
            new Rule(POST, "/api/v1/admin/deployments/targets", operators()),
            new Rule(GET, "/api/v1/admin/deployments/targets/{targetId}", operators()),
            new Rule(POST, "/api/v1/admin/deployments/targets/{targetId}/modes", operators()),
            new Rule(GET, "/api/v1/admin/deployments/targets/{targetId}/readiness", operators()),
            new Rule(POST, "/api/v1/admin/deployments/targets/{targetId}/domains", operators()),
            new Rule(POST, "/api/v1/admin/deployments/targets/{targetId}/domains/{hostname}/check", operators()),
            // Removing a domain cuts off its traffic at once.
            new Rule(POST, "/api/v1/admin/deployments/targets/{targetId}/domains/{hostname}/removal",
                    freshSuperAdmin()),
            new Rule(POST, "/api/v1/admin/deployments/targets/{targetId}/incident/resolution", operators()),
            new Rule(POST, "/api/v1/deployments/targets/{targetId}/health", service(Roles.PROBE)),
            new Rule(GET, "/api/v1/routing/hosts/{host}", service(Roles.EDGE)),

            // Connector events authenticate with their connector's signature, checked by the intake itself.
            new Rule(POST, "/api/v1/connectors/{connector}/events", publicAccess()),
            new Rule(GET, "/api/v1/admin/connectors", operators()),
            new Rule(POST, "/api/v1/admin/connectors", operators()),
            new Rule(GET, "/api/v1/admin/connectors/posture", operators()),
            new Rule(POST, "/api/v1/admin/connectors/{key}/secret-rotation", freshSuperAdmin()),
            new Rule(GET, "/api/v1/admin/connections", operators()),
            new Rule(POST, "/api/v1/admin/connections", operators()),
            new Rule(GET, "/api/v1/admin/connections/{connectionId}", operators()),
            new Rule(POST, "/api/v1/admin/connections/{connectionId}/state", operators()),
            new Rule(GET, "/api/v1/admin/byok-keys", operators()),
            new Rule(POST, "/api/v1/admin/byok-keys", operators()),
            new Rule(POST, "/api/v1/admin/byok-keys/{keyId}/revocation", freshSuperAdmin()),
            new Rule(GET, "/api/v1/admin/connector-events", operators()),
            new Rule(GET, "/api/v1/admin/connector-events/endpoints", operators()),
            new Rule(GET, "/api/v1/admin/connector-events/{id}", operators()),
            new Rule(POST, "/api/v1/admin/connector-events/replays/preview", operators()),
            new Rule(POST, "/api/v1/admin/connector-events/replays", freshSuperAdmin()),
            new Rule(GET, "/api/v1/admin/connector-events/replays/{replayId}", operators()),
            new Rule(POST, "/api/v1/admin/connector-events/replays/{replayId}/cancellation", freshSuperAdmin()),

            // Skills: published by the product; deleted into a restore window and restored by a fresh super_admin.
            new Rule(POST, "/api/v1/skills", service(Roles.INGEST)),
            new Rule(GET, "/api/v1/admin/skills", operators()),
            new Rule(GET, "/api/v1/admin/skills/{skillId}", operators()),
            new Rule(POST, "/api/v1/admin/skills/{skillId}/deletion", freshSuperAdmin()),
            new Rule(POST, "/api/v1/admin/skills/{skillId}/restoration", freshSuperAdmin()),

            // Agent sessions: cancelled at a fresh super_admin's request, carried out and confirmed by the runtime.
            new Rule(GET, "/api/v1/admin/agent-sessions/cancellations", operators()),
            new Rule(POST, "/api/v1/admin/agent-sessions/{sessionId}/cancellation", freshSuperAdmin()),
            new Rule(GET, "/api/v1/runtime/agent-sessions/cancellations", service(Roles.RUNTIME)),
            new Rule(POST, "/api/v1/runtime/agent-sessions/{sessionId}/cancellation/confirmation",
                    service(Roles.RUNTIME)),

            new Rule(GET, "/api/v1/admin/ops/processors", operators()),
            new Rule(POST, "/api/v1/admin/ops/processors/{name}/rebuild", freshSuperAdmin()),
            new Rule(POST, "/api/v1/admin/ops/processors/{name}/rebuild/cancellation", freshSuperAdmin()),
            new Rule(GET, "/api/v1/admin/ops/processors/{name}/dead-letters", operators()),
            new Rule(POST, "/api/v1/admin/ops/processors/{name}/dead-letters/retry", operators()),
            new Rule(POST, "/api/v1/admin/ops/processors/{name}/dead-letters/eviction", freshSuperAdmin()));

    public List<Rule> rules() {
        return RULES;
    }

    public Optional<Rule> ruleFor(HttpMethod method, String pattern) {
        return RULES.stream().filter(r -> r.method().equals(method) && r.pattern().equals(pattern)).findFirst();
    }
}
