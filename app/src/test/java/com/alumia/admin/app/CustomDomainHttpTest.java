package com.alumia.admin.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Type;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Custom domains against a real DNS server on loopback: records issued, checks on demand and on a schedule, the
 * state machine and its timeline, host routing for edge routers, hostname claims, and cutover readiness.
 */
class CustomDomainHttpTest extends ApiTest {

    private static final String TARGETS = "/api/v1/admin/deployments/targets";
    private static final String ROOT = TestTokens.freshSuperAdmin("root@example.com");
    private static final String PROBE = TestTokens.token("svc-probe", "probe");
    private static final String EDGE = TestTokens.token("svc-edge", "edge");
    private static final LoopbackDns DNS = LoopbackDns.shared();

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private String org(String name) {
        return createOrg("org-" + name + "-" + tag, name);
    }

    private Http.Response createTarget(String org, String... hosts) {
        return http.post(TARGETS, ADMIN, """
                {"orgId":"%s","name":"Edge","region":"eu-west-1","routingMode":"dedicated",
                 "isolationMode":"dedicated_database","defaultHosts":["%s"],"migrationVersion":"2026.11.20",
                 "reason":"enterprise onboarding"}""".formatted(org, String.join("\",\"", hosts)));
    }

    private String target(String org, String... hosts) {
        Http.Response created = createTarget(org, hosts);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("targetId").asText();
    }

    private Http.Response addDomain(String target, String host) {
        return http.post(TARGETS + "/" + target + "/domains", ADMIN,
                "{\"hostname\":\"" + host + "\",\"reason\":\"customer alias\"}");
    }

    private JsonNode check(String target, String host) {
        Http.Response checked = http.post(TARGETS + "/" + target + "/domains/" + host + "/check", ADMIN, "");
        assertThat(checked.status()).as(checked.body()).isEqualTo(200);
        return checked.json();
    }

    private JsonNode domain(String target, String host, String state) {
        return Eventually.await(() -> http.get(TARGETS + "/" + target, ADMIN), r -> r.status() == 200
                && r.json().get("domains").findValues("hostname").stream().anyMatch(h -> h.asText().equals(host))
                && domainOf(r.json(), host).get("state").asText().equals(state)).json();
    }

    private static JsonNode domainOf(JsonNode detail, String host) {
        for (JsonNode d : detail.get("domains")) {
            if (d.get("hostname").asText().equals(host)) {
                return d;
            }
        }
        throw new AssertionError("no domain " + host + " in " + detail);
    }

    private Http.Response route(String host) {
        return http.get("/api/v1/routing/hosts/" + host, EDGE);
    }

    @Test
    void aDomainIsVerifiedFailsAndRecoversWithATimelineAndRoutesOnlyWhileVerified() {
        String org = org("acme");
        String base = "acme-" + tag + ".enterprise.alumia.com";
        String target = target(org, base, "*." + base);
        String host = "shop." + tag + ".example";

        Http.Response added = addDomain(target, "Shop." + tag + ".example.");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        JsonNode records = added.json().get("records");
        String txtName = "_alumia-challenge." + host;
        assertThat(records.get("txtName").asText()).isEqualTo(txtName);
        assertThat(records.get("txtValue").asText()).matches("alumia-verify=[0-9a-f]{32}");
        assertThat(records.get("cnameName").asText()).isEqualTo(host);
        assertThat(records.get("cnameTarget").asText()).isEqualTo(base);
        String token = records.get("txtValue").asText();

        assertThat(route(host).status()).as("pending: no route").isEqualTo(404);
        assertThat(route("eu." + base).json().get("matchedBy").asText()).isEqualTo("wildcard");
        assertThat(route("eu." + base).json().get("targetId").asText()).isEqualTo(target);
        assertThat(route("a.b." + base).status()).as("a wildcard covers one label").isEqualTo(404);
        JsonNode byDefault = route(base.toUpperCase()).json();
        assertThat(byDefault.get("matchedBy").asText()).isEqualTo("default_host");
        assertThat(byDefault.get("orgId").asText()).isEqualTo(org);

        // Nothing in DNS yet: failed, with what to create.
        JsonNode nothing = check(target, host);
        assertThat(nothing.get("state").asText()).isEqualTo("failed");
        assertThat(nothing.get("findings").findValuesAsText("problem")).containsExactly("missing", "missing");
        assertThat(nothing.at("/findings/0/fix").asText()).contains("Create a TXT record at " + txtName)
                .contains(token);
        assertThat(nothing.at("/findings/1/observed/0").asText()).contains("NXDOMAIN");

        // One change of DNS at a time, so that a scheduled check in between sees nothing that this one does not.
        DNS.cname(host, base);
        JsonNode cnameOnly = check(target, host);
        assertThat(cnameOnly.get("findings").findValuesAsText("record")).containsExactly("TXT");
        DNS.txt(txtName, "alumia-verify=someone-else");
        JsonNode wrong = check(target, host);
        assertThat(wrong.get("state").asText()).isEqualTo("failed");
        assertThat(wrong.get("findings")).hasSize(1);
        assertThat(wrong.at("/findings/0/problem").asText()).isEqualTo("wrong_value");
        assertThat(wrong.at("/findings/0/observed/0").asText()).isEqualTo("alumia-verify=someone-else");

        // Both right (the TXT among others): verified, and the alias routes.
        DNS.txt(txtName, "v=spf1 -all", token);
        JsonNode verified = check(target, host);
        assertThat(verified.get("state").asText()).isEqualTo("verified");
        assertThat(verified.get("findings")).isEmpty();
        JsonNode routed = Eventually.await(() -> route(host), r -> r.status() == 200).json();
        assertThat(routed.get("matchedBy").asText()).isEqualTo("custom_domain");
        assertThat(routed.get("targetId").asText()).isEqualTo(target);

        // A resolver failure says nothing about the records: the domain stays verified.
        DNS.fail(host, Rcode.SERVFAIL);
        JsonNode inconclusive = check(target, host);
        assertThat(inconclusive.get("inconclusive").asBoolean()).isTrue();
        assertThat(inconclusive.get("state").asText()).isEqualTo("verified");
        DNS.recover(host);

        // The TXT record gone: a scheduled check sees it, with nobody asking.
        DNS.remove(txtName, Type.TXT);
        JsonNode failing = domain(target, host, "failed");
        JsonNode domain = domainOf(failing, host);
        assertThat(domain.at("/findings/0/record").asText()).isEqualTo("TXT");
        assertThat(domain.at("/check/lastOutcome").asText()).isIn("failed", "inconclusive");
        assertThat(domain.at("/check/nextCheckAt").isTextual()).isTrue();
        Eventually.await(() -> route(host), r -> r.status() == 404);

        List<String> timeline = domain.get("timeline").findValuesAsText("summary");
        assertThat(timeline).containsExactly("failing: TXT record missing", "verified",
                "failing: TXT record wrong value", "failing: TXT record missing",
                "failing: TXT record missing, CNAME record missing", "added, pending verification");
        assertThat(domain.at("/timeline/5/actor").asText()).isEqualTo("ops@example.com");
        assertThat(domain.at("/timeline/5/reason").asText()).isEqualTo("customer alias");
        assertThat(domain.at("/timeline/0/actor").asText()).as("the scheduled check").isEqualTo("system:domain-checks");
        assertThat(domain.at("/stateSince").asText()).isEqualTo(domain.at("/timeline/0/at").asText());

        JsonNode trail = http.get("/api/v1/admin/aggregates/" + target + "/events", ADMIN).json().get("events");
        assertThat(trail.findValuesAsText("action")).contains("deployment.domain_added",
                "deployment.domain_observed");
    }

    @Test
    void hostnamesAreClaimedOnceAcrossOrgsAndBadNamesAreRefused() {
        String acme = org("claims");
        String other = org("rival");
        String target = target(acme, "claims-" + tag + ".enterprise.alumia.com");
        String host = "www." + tag + ".example";
        assertThat(addDomain(target, host).status()).isEqualTo(201);

        String rivalTarget = target(other, "rival-" + tag + ".enterprise.alumia.com");
        Http.Response claimed = addDomain(rivalTarget, host);
        assertThat(claimed.status()).as(claimed.body()).isEqualTo(409);
        assertThat(claimed.json().get("type").asText()).isEqualTo("urn:alumia:problem:deployment.host_claimed");
        assertThat(claimed.json().get("detail").asText()).contains("another org");
        Http.Response sameDefault = createTarget(other, "claims-" + tag + ".enterprise.alumia.com");
        assertThat(sameDefault.status()).as("a default host is claimed too").isEqualTo(409);
        assertThat(addDomain(target, host).status()).as("twice on one target").isEqualTo(409);

        for (String bad : List.of("shop..example", "-shop.example", "shop_1.example", "10.0.0.1", "localhost",
                "xn--a.example", "a".repeat(64) + ".example", "*.wild.example", "shop.enterprise.alumia.com",
                "exa mple.com")) {
            Http.Response refused = addDomain(target, bad);
            assertThat(refused.status()).as(bad + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.json().get("type").asText()).startsWith("urn:alumia:problem:");
        }
        Http.Response idn = addDomain(target, "bücher-" + tag + ".example");
        assertThat(idn.status()).as(idn.body()).isEqualTo(201);
        assertThat(idn.json().get("hostname").asText()).startsWith("xn--bcher-" + tag).endsWith(".example");
        assertThat(addDomain("dt_nothing", "x-" + tag + ".example").status()).isEqualTo(404);

        // Removal is a fresh super_admin's, and frees the name for anyone.
        String removal = TARGETS + "/" + target + "/domains/" + host + "/removal";
        assertThat(http.post(removal, ADMIN, "{\"reason\":\"customer left\"}").status()).isIn(401, 403);
        Http.Response removed = http.post(removal, ROOT, "{\"reason\":\"customer left\"}");
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(http.post(removal, ROOT, "{\"reason\":\"again\"}").status()).isEqualTo(404);
        assertThat(addDomain(rivalTarget, host).status()).isEqualTo(201);
        JsonNode detail = Eventually.await(() -> http.get(TARGETS + "/" + target, ADMIN), r -> r.status() == 200
                && r.json().get("domains").findValuesAsText("hostname").stream().noneMatch(host::equals)).json();
        assertThat(detail.get("domains")).hasSize(1);
    }

    @Test
    void readinessIsGoOnlyWhenHealthyVerifiedMigratedAndWithoutAnOpenIncident() {
        String org = org("ready");
        String base = "ready-" + tag + ".enterprise.alumia.com";
        String target = target(org, base);
        String readiness = TARGETS + "/" + target + "/readiness?requiredMigrationVersion=2026.11.9";
        String health = "/api/v1/deployments/targets/" + target + "/health";

        JsonNode fresh = Eventually.await(() -> http.get(readiness, ADMIN), r -> r.status() == 200).json();
        assertThat(fresh.get("go").asBoolean()).isFalse();
        assertThat(fresh.at("/checks/0/reason").asText()).isEqualTo("probes report unknown");
        assertThat(fresh.at("/checks/1/reason").asText()).isEqualTo("no custom domains");
        assertThat(fresh.at("/checks/2/passed").asBoolean()).as("2026.11.20 >= 2026.11.9").isTrue();

        assertThat(http.post(health, PROBE, "{\"health\":\"down\",\"details\":{\"error\":\"503s\"}}").status())
                .isEqualTo(200);
        assertThat(http.post(health, PROBE, "{\"health\":\"healthy\"}").status()).isEqualTo(200);
        String host = "app." + tag + ".example";
        assertThat(addDomain(target, host).status()).isEqualTo(201);
        JsonNode blocked = Eventually.await(() -> http.get(readiness, ADMIN), r -> r.status() == 200
                && r.json().at("/checks/0/passed").asBoolean() && r.json().at("/checks/1/reason").asText()
                        .contains(host)).json();
        assertThat(blocked.get("go").asBoolean()).isFalse();
        assertThat(blocked.at("/checks/3/check").asText()).isEqualTo("no_open_incident");
        assertThat(blocked.at("/checks/3/reason").asText()).startsWith("incident 1 open since");

        String token = http.get(TARGETS + "/" + target, ADMIN).json().at("/domains/0/records/txtValue").asText();
        DNS.txt("_alumia-challenge." + host, token).cname(host, base);
        assertThat(check(target, host).get("state").asText()).isEqualTo("verified");
        Http.Response resolved = http.post(TARGETS + "/" + target + "/incident/resolution", ADMIN,
                "{\"reason\":\"bad deploy rolled back\"}");
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        assertThat(http.post(TARGETS + "/" + target + "/incident/resolution", ADMIN, "{\"reason\":\"again\"}")
                       .status()).isEqualTo(409);

        JsonNode go = Eventually.await(() -> http.get(readiness, ADMIN), r -> r.status() == 200
                && r.json().get("go").asBoolean()).json();
        assertThat(go.get("checks").findValuesAsText("passed")).containsOnly("true");
        JsonNode later = http.get(TARGETS + "/" + target + "/readiness?requiredMigrationVersion=2026.12", ADMIN)
                             .json();
        assertThat(later.get("go").asBoolean()).isFalse();
        assertThat(later.at("/checks/2/reason").asText()).isEqualTo("the target runs 2026.11.20, at least 2026.12 "
                                                                    + "is required");
        assertThat(http.get(TARGETS + "/" + target + "/readiness", ADMIN).json().at("/checks/2/passed").asBoolean())
                .as("no required version given").isFalse();
        assertThat(http.get(TARGETS + "/" + target + "/readiness?requiredMigrationVersion=latest", ADMIN).status())
                .isEqualTo(400);
        assertThat(http.get(TARGETS + "/dt_nothing/readiness?requiredMigrationVersion=1", ADMIN).status())
                .isEqualTo(404);

        JsonNode incident = http.get(TARGETS + "/" + target, ADMIN).json().at("/incidents/0");
        assertThat(incident.get("health").asText()).isEqualTo("down");
        assertThat(incident.get("resolvedBy").asText()).isEqualTo("ops@example.com");
        assertThat(incident.get("resolution").asText()).isEqualTo("bad deploy rolled back");

        assertThat(http.get("/api/v1/routing/hosts/" + base, ADMIN).status()).as("an edge router's route")
                .isEqualTo(403);
        assertThat(route("bad..host").status()).isEqualTo(400);
    }
}
