package com.alumia.admin.app;

import com.alumia.admin.app.security.Access;
import com.alumia.admin.app.security.RouteRules;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route the application serves has an explicit rule, and the rule holds over real HTTP: no token is 401,
 * the wrong role is 403, and a step-up route with a stale authentication gets the RFC 9470 challenge.
 */
@ApplicationTest
class RouteSecurityTest {

    private static final Set<String> NOT_ROUTES = Set.of("/error");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;
    @Autowired
    RouteRules rules;
    @LocalServerPort
    int port;

    record Route(HttpMethod method, String pattern) {
    }

    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, ?> entry : handlerMapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            for (String pattern : info.getPatternValues()) {
                if (NOT_ROUTES.contains(pattern)) {
                    continue;
                }
                info.getMethodsCondition().getMethods()
                    .forEach(m -> routes.add(new Route(HttpMethod.valueOf(m.name()), pattern)));
                assertThat(info.getMethodsCondition().getMethods())
                        .as("%s must name its HTTP method", pattern).isNotEmpty();
            }
        }
        return routes;
    }

    @Test
    void everyRouteHasAnExplicitRule() {
        List<Route> routes = routes();
        assertThat(routes).hasSizeGreaterThan(10);
        for (Route route : routes) {
            assertThat(rules.ruleFor(route.method(), route.pattern()))
                    .as("security rule for %s %s", route.method(), route.pattern()).isPresent();
        }
    }

    @Test
    void everyProtectedRouteRefusesAnonymousCallersAndWrongRoles() {
        Http http = new Http(port);
        String wrongRoleForAdmin = TestTokens.token("svc", "ingest");
        String wrongRoleForService = TestTokens.token("ops@example.com", "admin");
        for (Route route : routes()) {
            Access access = rules.ruleFor(route.method(), route.pattern()).orElseThrow().access();
            if (access instanceof Access.Public) {
                continue;
            }
            String path = concrete(route.pattern());
            Http.Response anonymous = call(http, route.method(), path, null);
            assertThat(anonymous.status()).as("anonymous %s %s", route.method(), path).isEqualTo(401);
            assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");

            boolean serviceRoute = access instanceof Access.AnyRole anyRole && !anyRole.roles().contains("admin");
            Http.Response wrongRole = call(http, route.method(), path,
                                           serviceRoute ? wrongRoleForService : wrongRoleForAdmin);
            assertThat(wrongRole.status()).as("wrong role %s %s", route.method(), path).isEqualTo(403);

            if (access instanceof Access.FreshSuperAdmin) {
                Http.Response stale = call(http, route.method(), path, TestTokens.staleSuperAdmin("root"));
                assertThat(stale.status()).as("stale step-up %s %s", route.method(), path).isEqualTo(401);
                assertThat(stale.header("WWW-Authenticate"))
                        .contains("error=\"insufficient_user_authentication\"").contains("max_age=")
                        .contains("acr_values=");
                Http.Response admin = call(http, route.method(), path, TestTokens.token("ops", "admin"));
                assertThat(admin.status()).as("admin on %s %s", route.method(), path).isEqualTo(403);
            }
        }
    }

    @Test
    void deniedMutationsAreRecordedInTheAuditTrail() {
        Http http = new Http(port);
        // A client address of its own: the other tests here use up the budget of records of 127.0.0.1 this minute.
        http.request("POST", "/api/v1/admin/feedback/fb_1/transitions").token(TestTokens.token("intruder", "ingest"))
            .header("X-Forwarded-For", "203.0.113.7").json("{}").send();
        var trail = Eventually.await(() -> http.get("/api/v1/admin/audit?action=security.access_denied&actor=intruder",
                        TestTokens.token("ops", "admin")),
                r -> r.status() == 200 && r.json().get("items").size() >= 1).json();
        assertThat(trail.at("/items/0/payload/outcome").asText()).isEqualTo("forbidden");
        assertThat(trail.at("/items/0/payload/path").asText()).isEqualTo("/api/v1/admin/feedback/fb_1/transitions");
    }

    @Test
    void unknownRoutesAndWrongMethodsAreProblemsNotPages() {
        Http http = new Http(port);
        String admin = TestTokens.token("ops", "admin");
        Http.Response unknown = http.get("/api/v1/admin/nothing-here", admin);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        Http.Response wrongMethod = http.request("DELETE", "/api/v1/admin/feedback").token(admin).send();
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Content-Type")).startsWith("application/problem+json");
        Http.Response wrongType = http.request("POST", "/api/v1/feedback").token(TestTokens.token("s", "ingest"))
                                      .header("Content-Type", "text/plain").json("hello").send();
        assertThat(wrongType.status()).isEqualTo(415);
        Http.Response tooLarge = http.post("/api/v1/feedback", TestTokens.token("s", "ingest"),
                "{\"text\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.header("Content-Type")).startsWith("application/problem+json");
    }

    private static Http.Response call(Http http, HttpMethod method, String path, String token) {
        Http.Request request = http.request(method.name(), path).token(token);
        if (method != HttpMethod.GET) {
            request.json("{}");
        }
        return request.send();
    }

    private static String concrete(String pattern) {
        return pattern.replaceAll("\\{[^}]+}", "x_1").replace("/**", "/x");
    }
}
