package com.alumia.admin.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runtime flags over HTTP: defining flags, values by layer with If-Match and reasons, the step-up that kill
 * switches need, the resolved controls and their explanation, and the runtime's conditional read.
 */
class RuntimeFlagsHttpTest extends ApiTest {

    private static final String FLAGS = "/api/v1/admin/runtime/flags";
    private static final String ROOT = TestTokens.freshSuperAdmin("root@example.com");
    private static final String RUNTIME = TestTokens.token("svc-agent-loop", "runtime");

    private Http.Response define(String token, String body) {
        return http.post(FLAGS, token, body);
    }

    private Http.Response put(String path, String token, String ifMatch, String body) {
        Http.Request request = http.request("PUT", FLAGS + path).token(token).json(body);
        return (ifMatch == null ? request : request.header("If-Match", ifMatch)).send();
    }

    private Http.Response post(String path, String token, String ifMatch, String body) {
        return http.request("POST", FLAGS + path).token(token).header("If-Match", ifMatch).json(body).send();
    }

    /** An org in the directory, as overrides need one. */
    private void org(String orgId) {
        Http.Response created = http.post("/api/v1/admin/orgs", ROOT,
                "{\"orgId\":\"%s\",\"name\":\"%s Inc\",\"reason\":\"onboarding\"}".formatted(orgId, orgId));
        assertThat(created.status()).as(created.body()).isIn(201, 409);
        Eventually.await(() -> http.get("/api/v1/admin/orgs/" + orgId, ADMIN), r -> r.status() == 200);
    }

    private JsonNode awaitControls(String org, Predicate<JsonNode> done) {
        return Eventually.await(() -> http.get("/api/v1/admin/runtime/controls?orgId=" + org, ADMIN),
                r -> r.status() == 200 && done.test(r.json())).json();
    }

    private static JsonNode control(JsonNode controls, String key) {
        return StreamSupport.stream(controls.get("controls").spliterator(), false)
                            .filter(c -> c.get("key").asText().equals(key)).findFirst().orElse(null);
    }


    @Test
    void valuesComeFromTheDefaultTheGlobalValueOrTheOrgsOverrideAndSayWhich() {
        Http.Response defined = define(ADMIN, """
                {"key":"ai.loop.pruning.mode","type":"enum","description":"How old turns are pruned",
                 "owner":"runtime team","defaultValue":"summary","options":["off","summary","drop"],
                 "reason":"pruning goes behind a flag"}""");
        assertThat(defined.status()).as(defined.body()).isEqualTo(201);
        assertThat(defined.header("ETag")).isEqualTo("\"0\"");
        assertThat(defined.header("Location")).endsWith(FLAGS + "/ai.loop.pruning.mode");

        JsonNode before = awaitControls("org-acme", c -> control(c, "ai.loop.pruning.mode") != null);
        assertThat(control(before, "ai.loop.pruning.mode").get("decidedBy").asText()).isEqualTo("default");
        assertThat(control(before, "ai.loop.pruning.mode").get("value").asText()).isEqualTo("summary");

        assertProblem(put("/ai.loop.pruning.mode/value", ADMIN, null, "{\"value\":\"drop\",\"reason\":\"r\"}"), 428,
                "if_match_required");
        assertProblem(put("/ai.loop.pruning.mode/value", ADMIN, "\"0\"", "{\"value\":\"trim\",\"reason\":\"r\"}"),
                400, "runtime.invalid_value");
        assertThat(put("/ai.loop.pruning.mode/value", ADMIN, "\"0\"", "{\"value\":\"drop\"}").status())
                .as("a reason is required").isEqualTo(400);
        Http.Response global = put("/ai.loop.pruning.mode/value", ADMIN, "\"0\"",
                "{\"value\":\"drop\",\"reason\":\"contexts too long since Monday\"}");
        assertThat(global.status()).as(global.body()).isEqualTo(200);
        assertThat(global.header("ETag")).isEqualTo("\"1\"");
        assertProblem(put("/ai.loop.pruning.mode/value", ADMIN, "\"0\"", "{\"value\":\"off\",\"reason\":\"r\"}"),
                412, "version_mismatch");
        assertProblem(put("/ai.loop.pruning.mode/orgs/org-ghost", ADMIN, "\"1\"",
                "{\"value\":\"off\",\"reason\":\"r\"}"), 404, "org.unknown");
        org("org-acme");
        Http.Response override = put("/ai.loop.pruning.mode/orgs/org-acme", ADMIN, "\"1\"",
                "{\"value\":\"off\",\"reason\":\"acme's auditors need full transcripts\"}");
        assertThat(override.status()).as(override.body()).isEqualTo(200);

        JsonNode acme = awaitControls("org-acme", c -> control(c, "ai.loop.pruning.mode").get("version").asLong() == 2);
        assertThat(control(acme, "ai.loop.pruning.mode").get("value").asText()).isEqualTo("off");
        assertThat(control(acme, "ai.loop.pruning.mode").get("decidedBy").asText()).isEqualTo("org");
        JsonNode other = awaitControls("org-other", c -> true);
        assertThat(control(other, "ai.loop.pruning.mode").get("value").asText()).isEqualTo("drop");
        assertThat(control(other, "ai.loop.pruning.mode").get("decidedBy").asText()).isEqualTo("global");

        JsonNode detail = http.get(FLAGS + "/ai.loop.pruning.mode", ADMIN).json();
        assertThat(detail.at("/summary/globalValue").asText()).isEqualTo("drop");
        assertThat(detail.at("/summary/lastChange/reason").asText()).isEqualTo("acme's auditors need full transcripts");
        assertThat(detail.at("/summary/lastChange/actor").asText()).isEqualTo("ops@example.com");
        assertThat(detail.at("/summary/lastChange/action").asText()).isEqualTo("flag.value_set");
        assertThat(detail.at("/overrides/0/orgId").asText()).isEqualTo("org-acme");
        assertThat(detail.get("history")).hasSize(3);
        assertThat(detail.at("/history/1/reason").asText()).isEqualTo("contexts too long since Monday");

        Http.Response removed = post("/ai.loop.pruning.mode/orgs/org-acme/removal", ADMIN, "\"2\"",
                "{\"reason\":\"transcripts kept elsewhere now\"}");
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        JsonNode after = awaitControls("org-acme", c -> control(c, "ai.loop.pruning.mode").get("version").asLong() == 3);
        assertThat(control(after, "ai.loop.pruning.mode").get("decidedBy").asText()).isEqualTo("global");
    }

    @Test
    void badDefinitionsAndUnknownFlagsAreProblemsAndStoreNothing() {
        String valid = """
                {"key":"ai.loop.max_steps","type":"integer","description":"Most steps of one loop",
                 "owner":"runtime team","defaultValue":25,"min":0,"max":200,"stopsAgentLoop":0,"reason":"limits"}""";
        assertThat(define(ADMIN, valid.replace("\"integer\"", "\"float\"")).status()).isEqualTo(400);
        assertProblem(define(ADMIN, valid.replace("ai.loop.max_steps", "AI Loop")), 400, "invalid_value");
        assertProblem(define(ADMIN, valid.replace("\"defaultValue\":25", "\"defaultValue\":500")), 400,
                "runtime.invalid_value");
        assertProblem(define(ADMIN, valid.replace("\"defaultValue\":25", "\"defaultValue\":{\"n\":1}")), 400,
                "invalid_value");
        assertThat(define(ADMIN, valid.replace(",\"reason\":\"limits\"", "")).status()).isEqualTo(400);
        assertThat(define(TestTokens.token("svc", "ingest"), valid).status()).isEqualTo(403);
        assertThat(http.get(FLAGS + "/ai.loop.max_steps", ADMIN).status()).as("nothing stored").isEqualTo(404);

        assertThat(define(ADMIN, valid).status()).isEqualTo(201);
        assertProblem(define(ADMIN, valid), 409, "runtime.flag_exists");
        assertProblem(put("/ai.loop.no_such_flag/value", ADMIN, "\"0\"", "{\"value\":1,\"reason\":\"r\"}"), 404,
                "not_found");
        assertProblem(put("/ai.loop.max_steps/value", ADMIN, "\"0\"", "{\"value\":201,\"reason\":\"r\"}"), 400,
                "runtime.invalid_value");
        assertProblem(put("/ai.loop.max_steps/orgs/not%20an%20org", ADMIN, "\"0\"", "{\"value\":5,\"reason\":\"r\"}"),
                400, "invalid_value");
        assertThat(http.get(FLAGS + "/ai.loop.max_steps", ADMIN).json().at("/summary/version").asLong())
                .isZero();
    }

    @Test
    void aKillSwitchNeedsAFreshSuperAdminAndReachesTheRuntimeAtOnce() {
        assertThat(define(ADMIN, """
                {"key":"ai.loop.kill_switch","type":"kill_switch","description":"Stops every agent loop",
                 "owner":"runtime team","defaultValue":false,"reason":"the big red button"}""").status())
                .isEqualTo(201);
        Http.Response first = Eventually.await(() -> http.get("/api/v1/runtime/controls?orgId=org-acme", RUNTIME),
                r -> r.status() == 200 && control(r.json(), "ai.loop.kill_switch") != null);
        assertThat(first.json().get("agentLoopStopped").asBoolean()).isFalse();
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        Http.Response unchanged = http.request("GET", "/api/v1/runtime/controls?orgId=org-acme").token(RUNTIME)
                                      .header("If-None-Match", etag).send();
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(http.get("/api/v1/runtime/controls?orgId=org-acme", ADMIN).status())
                .as("the runtime's route is for the runtime").isEqualTo(403);

        Http.Response refused = put("/ai.loop.kill_switch/value", ADMIN, "\"0\"",
                "{\"value\":true,\"reason\":\"runaway loops\"}");
        assertProblem(refused, 401, "runtime.step_up_required");
        assertThat(refused.header("WWW-Authenticate")).contains("insufficient_user_authentication");
        assertThat(put("/ai.loop.kill_switch/value", TestTokens.staleSuperAdmin("root"), "\"0\"",
                "{\"value\":true,\"reason\":\"runaway loops\"}").status()).isEqualTo(401);

        Http.Response engaged = put("/ai.loop.kill_switch/value", ROOT, "\"0\"",
                "{\"value\":true,\"reason\":\"runaway loops in production\"}");
        assertThat(engaged.status()).as(engaged.body()).isEqualTo(200);
        Http.Response changed = Eventually.await(() -> http.request("GET", "/api/v1/runtime/controls?orgId=org-acme")
                .token(RUNTIME).header("If-None-Match", etag).send(), r -> r.status() == 200);
        assertThat(changed.header("ETag")).isNotEqualTo(etag);
        assertThat(changed.json().get("agentLoopStopped").asBoolean()).isTrue();
        assertThat(changed.json().get("stoppedBy").get(0).asText()).isEqualTo("ai.loop.kill_switch");

        JsonNode trail = Eventually.await(() -> http.get("/api/v1/admin/audit?action=flag.value_set&aggregateId=ai.loop.kill_switch", ADMIN),
                r -> r.status() == 200 && r.json().get("items").size() >= 1).json();
        assertThat(trail.at("/items/0/actor/subject").asText()).isEqualTo("root@example.com");
        assertThat(trail.at("/items/0/reason").asText()).isEqualTo("runaway loops in production");
        assertThat(trail.at("/items/0/stepUp/ageSeconds").asLong()).isBetween(0L, 300L);

        assertThat(post("/ai.loop.kill_switch/retirement", ADMIN, "\"1\"", "{\"reason\":\"r\"}").status())
                .isEqualTo(403);
    }

    @Test
    void aKillSwitchIsPushedToTheRuntimesThatListen() throws Exception {
        String key = "ai.loop.emergency_stop";
        assertThat(define(ADMIN, """
                {"key":"%s","type":"kill_switch","description":"Stops the loops of one org",
                 "owner":"runtime team","defaultValue":false,"reason":"per-org stop"}""".formatted(key)).status())
                .isEqualTo(201);
        awaitControls("org-push", c -> control(c, key) != null);
        org("org-push");
        HttpRequest listen = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                                               + "/api/v1/runtime/controls/stream?orgId=org-push"))
                                        .header("Authorization", "Bearer " + RUNTIME)
                                        .header("Accept", "text/event-stream").build();
        HttpResponse<Stream<String>> stream = HttpClient.newHttpClient()
                .sendAsync(listen, HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS);
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> stream.body().filter(line -> line.startsWith("data:")).forEach(line -> {
            try {
                events.add(new ObjectMapper().readTree(line.substring("data:".length())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        reader.setDaemon(true);
        reader.start();
        try {
            JsonNode first = events.poll(10, TimeUnit.SECONDS);
            assertThat(first).as("the controls at once").isNotNull();
            assertThat(first.get("orgId").asText()).isEqualTo("org-push");
            assertThat(first.get("stoppedBy").toString()).doesNotContain("\"" + key + "\"");
            assertThat(control(first, key).get("value").asBoolean()).isFalse();

            Http.Response engaged = put("/" + key + "/orgs/org-push", ROOT, "\"0\"",
                    "{\"value\":true,\"reason\":\"org-push loops call a broken tool\"}");
            assertThat(engaged.status()).as(engaged.body()).isEqualTo(200);

            JsonNode pushed = events.poll(10, TimeUnit.SECONDS);
            assertThat(pushed).as("the change, pushed").isNotNull();
            assertThat(control(pushed, key).get("value").asBoolean()).isTrue();
            assertThat(pushed.get("agentLoopStopped").asBoolean()).isTrue();
            assertThat(pushed.get("stoppedBy").toString()).contains("\"" + key + "\"");
        } finally {
            stream.body().close();
        }
    }

    @Test
    void theControlsReadAsTheAgentLoopSawThemAtAnyInstant() throws InterruptedException {
        String key = "ai.loop.tool_calls.enabled";
        assertThat(define(ADMIN, """
                {"key":"%s","type":"boolean","description":"Loops may call tools","owner":"runtime team",
                 "defaultValue":true,"stopsAgentLoop":false,"reason":"tools behind a flag"}""".formatted(key))
                .status()).isEqualTo(201);
        org("org-asof");
        Thread.sleep(5);
        assertThat(put("/" + key + "/orgs/org-asof", ROOT, "\"0\"",
                "{\"value\":false,\"reason\":\"a tool leaks data\"}").status()).isEqualTo(200);
        Thread.sleep(5);
        assertThat(post("/" + key + "/retirement", ROOT, "\"1\"", "{\"reason\":\"tools always on\"}").status())
                .isEqualTo(200);
        JsonNode events = http.get("/api/v1/admin/aggregates/" + key + "/events", ADMIN).json().get("events");
        Instant defined = Instant.parse(events.get(0).get("occurredAt").asText());
        Instant stopped = Instant.parse(events.get(1).get("occurredAt").asText());
        Instant retired = Instant.parse(events.get(2).get("occurredAt").asText());
        awaitControls("org-asof", c -> control(c, key) == null);

        assertThat(control(controlsAt(defined.minusMillis(1)), key)).isNull();
        JsonNode atDefinition = control(controlsAt(defined), key);
        assertThat(atDefinition.get("value").asBoolean()).isTrue();
        assertThat(atDefinition.get("decidedBy").asText()).isEqualTo("default");
        JsonNode whenStopped = controlsAt(stopped);
        assertThat(control(whenStopped, key).get("value").asBoolean()).isFalse();
        assertThat(control(whenStopped, key).get("decidedBy").asText()).isEqualTo("org");
        assertThat(whenStopped.get("stoppedBy").toString()).contains(key);
        assertThat(control(controlsAt(retired), key)).as("retired by then").isNull();
        assertThat(http.get("/api/v1/admin/runtime/controls?orgId=org-asof&asOf=03:12", ADMIN).status())
                .isEqualTo(400);
    }

    @Test
    void aScheduledChangeAppliesAtItsTimeAndACancelledOneNever() {
        String key = "ai.loop.parallel_tools";
        assertThat(define(ADMIN, """
                {"key":"%s","type":"integer","min":1,"max":16,"description":"Tools called at once",
                 "owner":"runtime team","defaultValue":4,"reason":"tune at night"}""".formatted(key)).status())
                .isEqualTo(201);
        org("org-sched");
        Instant soon = Instant.now().plusSeconds(2);
        assertProblem(post("/" + key + "/schedules", ADMIN, "\"0\"", """
                {"value":8,"at":"%s","reason":"r"}""".formatted(Instant.now().minusSeconds(60))), 400,
                "runtime.schedule_time");
        assertProblem(post("/" + key + "/schedules", ADMIN, "\"0\"", """
                {"value":8,"clear":true,"at":"%s","reason":"r"}""".formatted(soon)), 400, "invalid_value");
        assertProblem(post("/" + key + "/schedules", ADMIN, "\"0\"", """
                {"value":99,"at":"%s","reason":"r"}""".formatted(soon)), 400, "runtime.invalid_value");

        Http.Response scheduled = post("/" + key + "/schedules", ADMIN, "\"0\"", """
                {"value":8,"at":"%s","reason":"more parallel tools after the nightly deploy"}""".formatted(soon));
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        String applies = scheduled.json().get("scheduleId").asText();
        assertProblem(post("/" + key + "/schedules", ADMIN, "\"1\"", """
                {"orgId":"org-nobody","value":2,"at":"%s","reason":"r"}""".formatted(soon)), 404, "org.unknown");
        Http.Response second = post("/" + key + "/schedules", ADMIN, "\"1\"", """
                {"orgId":"org-sched","value":2,"at":"%s","reason":"acme's quota"}""".formatted(soon));
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        String cancelled = second.json().get("scheduleId").asText();
        Http.Response cancel = post("/" + key + "/schedules/" + cancelled + "/cancellation", ADMIN, "\"2\"",
                "{\"reason\":\"quota raised instead\"}");
        assertThat(cancel.status()).as(cancel.body()).isEqualTo(200);
        assertProblem(post("/" + key + "/schedules/" + cancelled + "/cancellation", ADMIN, "\"3\"",
                "{\"reason\":\"again\"}"), 409, "runtime.no_such_schedule");

        JsonNode detail = Eventually.await(() -> http.get(FLAGS + "/" + key, ADMIN).json(),
                d -> d.at("/summary/globalValue").asText().equals("8"));
        assertThat(Instant.now()).isAfterOrEqualTo(soon);
        JsonNode byId = detail.get("schedules");
        assertThat(byId.findValuesAsText("status")).hasSize(2);
        StreamSupport.stream(byId.spliterator(), false).forEach(schedule -> assertThat(schedule.get("status").asText())
                .isEqualTo(schedule.get("scheduleId").asText().equals(applies) ? "applied" : "cancelled"));
        JsonNode sched = awaitControls("org-sched", c -> true);
        assertThat(control(sched, key).get("value").asLong()).as("the cancelled override never applied").isEqualTo(8);
        JsonNode applied = detail.get("history").get(detail.get("history").size() - 1);
        assertThat(applied.get("action").asText()).isEqualTo("flag.value_set");
        assertThat(applied.at("/actor/subject").asText()).as("who scheduled it").isEqualTo("ops@example.com");
        assertThat(applied.get("reason").asText()).isEqualTo("more parallel tools after the nightly deploy");
    }

    private JsonNode controlsAt(Instant at) {
        Http.Response r = http.get("/api/v1/admin/runtime/controls?orgId=org-asof&asOf=" + at, ADMIN);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void aRolloutIsStableForEachOrgAndCoversAboutItsShare() {
        assertThat(define(ADMIN, """
                {"key":"ai.loop.pruning.rollout","type":"percentage","description":"Orgs on the new pruning",
                 "owner":"runtime team","defaultValue":30,"reason":"gradual rollout"}""").status()).isEqualTo(201);
        awaitControls("org-0", c -> control(c, "ai.loop.pruning.rollout") != null);
        long on = IntStream.range(0, 200).filter(i -> {
            JsonNode c = control(http.get("/api/v1/admin/runtime/controls?orgId=org-" + i, ADMIN).json(),
                    "ai.loop.pruning.rollout");
            assertThat(c.get("rolloutBucket").asInt()).isBetween(0, 99);
            assertThat(c.get("value").asBoolean()).isEqualTo(c.get("rolloutBucket").asInt() < 30);
            return c.get("value").asBoolean();
        }).count();
        assertThat(on).isBetween(40L, 80L);
        JsonNode again = http.get("/api/v1/admin/runtime/controls?orgId=org-7", ADMIN).json();
        assertThat(control(again, "ai.loop.pruning.rollout").get("rolloutBucket"))
                .isEqualTo(control(http.get("/api/v1/admin/runtime/controls?orgId=org-7", ADMIN).json(),
                        "ai.loop.pruning.rollout").get("rolloutBucket"));
    }

    @Test
    void aRetiredFlagLeavesTheControlsAndTakesNoValues() {
        assertThat(define(ADMIN, """
                {"key":"site.legacy_banner","type":"boolean","description":"The public site renders CMS pages",
                 "owner":"web team","defaultValue":true,"reason":"CMS launch"}""").status()).isEqualTo(201);
        awaitControls("org-acme", c -> control(c, "site.legacy_banner") != null);
        Http.Response retired = post("/site.legacy_banner/retirement", ROOT, "\"0\"",
                "{\"reason\":\"the banner is gone\"}");
        assertThat(retired.status()).as(retired.body()).isEqualTo(200);
        awaitControls("org-acme", c -> control(c, "site.legacy_banner") == null);
        assertProblem(put("/site.legacy_banner/value", ADMIN, "\"1\"", "{\"value\":false,\"reason\":\"r\"}"), 409,
                "runtime.flag_retired");
        JsonNode list = http.get(FLAGS, ADMIN).json();
        assertThat(list.findValuesAsText("key")).doesNotContain("site.legacy_banner");
        assertThat(http.get(FLAGS + "?includeRetired=true", ADMIN).json().findValuesAsText("key"))
                .contains("site.legacy_banner");
    }
}
