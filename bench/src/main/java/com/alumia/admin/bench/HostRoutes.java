package com.alumia.admin.bench;

import java.util.List;
import java.util.Map;

/**
 * Edge routers' host lookups: a target with a default host and a wildcard one, then a paced mix of an exact host
 * and a name under the wildcard. Unknown names (a 404) are left out so that every non-2xx answer counts as an error
 * in the results.
 */
final class HostRoutes {

    static final String ORG = "org-bench-edge";
    static final String HOST = "edge-bench.enterprise.alumia.com";

    private HostRoutes() {
    }

    /** Registers the target and waits until its host routes; answers the paths to ask, joined as wrk takes them. */
    static String prepare(Options options, String base) throws Exception {
        AppClient app = new AppClient(base);
        String root = AppProcess.token(options, List.of("--acr", "urn:alumia:acr:mfa"), "root@bench.example",
                "super_admin");
        String admin = AppProcess.token(options, "ops@bench.example", "admin");
        String edge = AppProcess.token(options, "svc-edge", "edge");
        app.post("/api/v1/admin/orgs", root, Map.of(),
                "{\"orgId\":\"" + ORG + "\",\"name\":\"Bench edge\",\"reason\":\"bench\"}");
        AppClient.await("the edge org", () -> app.get("/api/v1/admin/orgs/" + ORG, admin).statusCode() == 200);
        app.post("/api/v1/admin/deployments/targets", admin, Map.of(), """
                {"orgId":"%s","name":"Bench edge","region":"eu-west-1","routingMode":"dedicated",
                 "isolationMode":"dedicated_database","defaultHosts":["%s","*.%s"],"migrationVersion":"2026.11.24",
                 "reason":"bench"}""".formatted(ORG, HOST, HOST));
        AppClient.await("the edge target's route", () -> app.get("/api/v1/routing/hosts/" + HOST, edge)
                .statusCode() == 200);
        return String.join("|", "/api/v1/routing/hosts/" + HOST, "/api/v1/routing/hosts/eu." + HOST);
    }

    static String token(Options options) throws Exception {
        return AppProcess.token(options, "svc-edge", "edge");
    }
}
