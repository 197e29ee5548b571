package com.alumia.admin.app.ops;

import com.alumia.admin.app.AlumiaAdminApplication;
import com.alumia.admin.app.ApplicationTest;
import com.alumia.admin.app.Eventually;
import com.alumia.admin.app.Http;
import com.alumia.admin.app.TestDatabase;
import com.alumia.admin.app.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rebuilds as operators run them: aside while the live view keeps serving, then switched in; cancelled; and in
 * place on every node sharing the store, with a second node of the application on the same database. The aside
 * check runs only when the test calls it, so the moment of the switch is the test's to choose.
 */
@ApplicationTest
@TestPropertySource(properties = {"alumia.node.name=node-a", "alumia.ops.aside-check-interval=1h",
        "alumia.ops.pause-poll-interval=200ms"})
class ProjectionRebuildHttpTest {

    private static final String ADMIN = TestTokens.token("ops@example.com", "admin");
    private static final String INGEST = TestTokens.token("svc-feedback", "ingest");
    private static final String ROOT = TestTokens.freshSuperAdmin("root@example.com");

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    AsideBuilds asideBuilds;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    ConfigurableEnvironment environment;

    private Http http;
    private JdbcTemplate jdbc;

    @BeforeEach
    void client() {
        http = new Http(port);
        jdbc = new JdbcTemplate(dataSource);
    }

    @Test
    void aViewBuiltAsideKeepsTheLiveOneServingUntilItIsSwitchedIn() {
        String kept = ingest("Export to CSV fails for every report");
        String lost = ingest("The invoice page shows the wrong currency");
        awaitItem(kept, 200);
        awaitItem(lost, 200);
        List<String> indexesBefore = names(INDEXES);
        List<String> constraintsBefore = names(CONSTRAINTS);
        // The view drifts from the log (as after a bug); the rebuild must bring back what the log says.
        jdbc.update("DELETE FROM feedback_item WHERE feedback_id = ?", lost);

        assertProblem(rebuild("alerts", "build_aside", null), 409, "ops.aside_not_supported");
        assertProblem(rebuild("feedback-queue", "build_aside", "this"), 409, "ops.aside_needs_all_nodes");
        assertThat(rebuild("feedback-queue", "sideways", null).status()).isEqualTo(400);

        Http.Response started = rebuild("feedback-queue", "build_aside", null);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertProblem(rebuild("feedback-queue", "build_aside", null), 409, "ops.rebuild_in_progress");
        assertProblem(rebuild("feedback-queue", "in_place", null), 409, "ops.rebuild_in_progress");

        // The build replays the log into its own tables, on the processors screen beside the live processor...
        JsonNode screen = Eventually.await(() -> http.get("/api/v1/admin/ops/processors", ADMIN).json(),
                json -> processor(json, "feedback-queue.aside") != null
                        && processor(json, "feedback-queue.aside").at("/segments/0/caughtUp").asBoolean());
        assertThat(processor(screen, "feedback-queue.aside").get("buildingAsideFor").asText())
                .isEqualTo("feedback-queue");
        assertThat(processor(screen, "feedback-queue").get("asideBuildOn").asText()).isEqualTo("node-a");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM feedback_item__aside WHERE feedback_id IN (?, ?)",
                Integer.class, kept, lost)).isEqualTo(2);
        // ...while operators still read the live view, drift and all.
        assertThat(http.get("/api/v1/admin/feedback/" + lost, ADMIN).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/admin/feedback/" + kept, ADMIN).status()).isEqualTo(200);

        asideBuilds.advance();

        assertThat(http.get("/api/v1/admin/feedback/" + lost, ADMIN).status()).isEqualTo(200);
        JsonNode after = http.get("/api/v1/admin/ops/processors", ADMIN).json();
        assertThat(processor(after, "feedback-queue.aside")).isNull();
        assertThat(processor(after, "feedback-queue").get("asideBuildOn")).isNull();
        assertThat(names(INDEXES)).isEqualTo(indexesBefore);
        assertThat(names(CONSTRAINTS)).isEqualTo(constraintsBefore);
        assertThat(asideTables()).isZero();
        // The live processor carries on from where the build stopped.
        awaitItem(ingest("Search misses results with accents"), 200);

        JsonNode trail = Eventually.await(() -> http.get("/api/v1/admin/audit?action=projection.switched", ADMIN),
                r -> r.status() == 200 && r.json().get("items").size() >= 1).json();
        assertThat(trail.at("/items/0/actor/subject").asText()).isEqualTo("root@example.com");
        assertThat(trail.at("/items/0/reason").asText()).isEqualTo("queue drifted from the log");
        assertThat(trail.at("/items/0/payload/node").asText()).isEqualTo("node-a");
    }

    @Test
    void aBuildAsideCanBeCancelledAndLeavesNothingBehind() {
        ingest("The chart legend overlaps the axis");
        Http.Response started = rebuild("audit-log", "build_aside", null);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(asideTables()).isEqualTo(2);

        assertThat(http.post("/api/v1/admin/ops/processors/audit-log/rebuild/cancellation", ROOT, "{}").status())
                .isEqualTo(400);
        assertThat(http.post("/api/v1/admin/ops/processors/audit-log/rebuild/cancellation", ADMIN,
                "{\"reason\":\"wrong time\"}").status()).isEqualTo(403);
        Http.Response cancelled = http.post("/api/v1/admin/ops/processors/audit-log/rebuild/cancellation", ROOT,
                "{\"reason\":\"started during the incident by mistake\"}");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(204);

        assertThat(asideTables()).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM token_entry WHERE processor_name = 'audit-log.aside'",
                Integer.class)).isZero();
        assertProblem(http.post("/api/v1/admin/ops/processors/audit-log/rebuild/cancellation", ROOT,
                "{\"reason\":\"again\"}"), 409, "ops.no_rebuild");
        JsonNode trail = Eventually.await(() -> http.get(
                        "/api/v1/admin/audit?action=projection.rebuild_cancelled", ADMIN),
                r -> r.status() == 200 && r.json().get("items").size() >= 1).json();
        assertThat(trail.at("/items/0/reason").asText()).isEqualTo("started during the incident by mistake");
        assertThat(trail.at("/items/0/payload/processor").asText()).isEqualTo("audit-log");
    }

    @Test
    void anInPlaceRebuildOnAllNodesStopsTheProcessorOnTheOtherNodesToo() {
        String alert = raiseAlert("Nightly export done");
        jdbc.update("UPDATE alert SET title = 'drifted' WHERE alert_id = ?", alert);
        try (ConfigurableApplicationContext nodeB = startNode("node-b")) {
            // Node B takes the segment of the alerts processor over from this node.
            StreamingEventProcessor here = processing.eventProcessor("alerts", StreamingEventProcessor.class)
                                                     .orElseThrow();
            here.shutDown();
            Eventually.await(() -> owners("alerts"), owners -> owners.equals(List.of("node-b")));
            here.start();

            Http.Response refused = rebuild("alerts", "in_place", "this");
            assertProblem(refused, 409, "ops.segments_held_elsewhere");
            assertThat(refused.json().at("/owners/0").asText()).isEqualTo("node-b");

            Http.Response started = rebuild("alerts", "in_place", "all");
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            Eventually.await(() -> http.get("/api/v1/admin/alerts/" + alert, ADMIN),
                    r -> r.status() == 200 && r.json().at("/summary/title").asText().equals("Nightly export done"));
            StreamingEventProcessor there = nodeB.getBean(EventProcessingConfiguration.class)
                                                 .eventProcessor("alerts", StreamingEventProcessor.class).orElseThrow();
            Eventually.await(there::isRunning, running -> running);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM processor_pause", Integer.class)).isZero();
        }
    }

    @Test
    void aRebuildReplaysTheViewButNeverSendsAgain() {
        String first = ingest(SideEffectProbe.MARK + " before the rebuild");
        Eventually.await(() -> SideEffectProbe.sent, sent -> sent.contains(first));

        Http.Response started = rebuild(SideEffectProbe.GROUP, "in_place", null);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        Eventually.await(() -> http.get("/api/v1/admin/ops/processors", ADMIN).json(),
                json -> !processor(json, SideEffectProbe.GROUP).get("replaying").asBoolean()
                        && SideEffectProbe.projected.contains(first));
        String second = ingest(SideEffectProbe.MARK + " after the rebuild");
        Eventually.await(() -> SideEffectProbe.sent, sent -> sent.contains(second));

        assertThat(SideEffectProbe.projected).as("the view was replayed").containsExactly(first, second);
        assertThat(SideEffectProbe.sent).as("sent once each, live").containsExactly(first, second);
    }

    private ConfigurableApplicationContext startNode(String name) {
        MapPropertySource shared = (MapPropertySource) environment.getPropertySources().get("test-database");
        Map<String, Object> properties = new HashMap<>(shared.getSource());
        properties.put("server.port", "0");
        properties.put("alumia.node.name", name);
        properties.put("alumia.ops.pause-poll-interval", "200ms");
        SpringApplicationBuilder node = new SpringApplicationBuilder(AlumiaAdminApplication.class);
        if (TestDatabase.postgres()) {
            node.profiles("postgres");
        }
        // As arguments: they come before the application's own configuration, as the test database's do.
        return node.run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                                  .toArray(String[]::new));
    }

    private List<String> owners(String processor) {
        return jdbc.queryForList("SELECT DISTINCT owner FROM token_entry WHERE processor_name = ? "
                                 + "AND owner IS NOT NULL", String.class, processor);
    }

    private static final String INDEXES = TestDatabase.postgres()
            ? "SELECT indexname FROM pg_indexes WHERE tablename = 'feedback_item' ORDER BY 1"
            : "SELECT index_name FROM information_schema.indexes WHERE table_name = 'feedback_item' "
              + "AND index_name LIKE 'ix%' ORDER BY 1";
    private static final String CONSTRAINTS = "SELECT constraint_name FROM information_schema.table_constraints "
                                              + "WHERE table_name = 'feedback_item' "
                                              + "AND constraint_type IN ('PRIMARY KEY', 'UNIQUE') ORDER BY 1";

    private List<String> names(String query) {
        return jdbc.queryForList(query, String.class);
    }

    private int asideTables() {
        return jdbc.queryForObject("SELECT count(*) FROM information_schema.tables WHERE table_name LIKE '%aside'",
                Integer.class);
    }

    private Http.Response rebuild(String processor, String strategy, String nodes) {
        String reason = processor.equals("feedback-queue") ? "queue drifted from the log" : "view drifted";
        return http.post("/api/v1/admin/ops/processors/" + processor + "/rebuild", ROOT,
                "{\"reason\":\"%s\",\"strategy\":\"%s\"%s}".formatted(reason, strategy,
                        nodes == null ? "" : ",\"nodes\":\"" + nodes + "\""));
    }

    private static void assertProblem(Http.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().get("type").asText()).isEqualTo("urn:alumia:problem:" + code);
    }

    private static JsonNode processor(JsonNode screen, String name) {
        return StreamSupport.stream(screen.get("processors").spliterator(), false)
                            .filter(p -> p.get("name").asText().equals(name)).findFirst().orElse(null);
    }

    private String ingest(String text) {
        Http.Response created = http.post("/api/v1/feedback", INGEST, """
                {"orgId":"org-rebuild","userId":"u-1","text":"%s"}""".formatted(text));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("feedbackId").asText();
    }

    private void awaitItem(String id, int status) {
        Eventually.await(() -> http.get("/api/v1/admin/feedback/" + id, ADMIN), r -> r.status() == status);
    }

    private String raiseAlert(String title) {
        Http.Response raised = http.post("/api/v1/alerts", INGEST, """
                {"orgId":"org-rebuild","kind":"schedule_completed","severity":"high","title":"%s",
                 "source":"scheduler"}""".formatted(title));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        String id = raised.json().get("alertId").asText();
        Eventually.await(() -> http.get("/api/v1/admin/alerts/" + id, ADMIN), r -> r.status() == 200);
        return id;
    }
}
