package com.alumia.admin.app;

import com.alumia.admin.app.cli.Cli;
import com.alumia.admin.query.audit.chain.ChainWriter;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hash chain as operators and auditors use it: the store verified in place, the export verified offline with
 * nothing but the public key, and tampering with stored events found at the right position.
 */
class EventChainHttpTest extends ApiTest {

    private static final String INGEST = TestTokens.token("svc-feedback", "ingest");

    @Autowired
    ChainWriter chain;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    private long ingestAndChain(String text) {
        Http.Response created = http.post("/api/v1/feedback", INGEST, """
                {"orgId":"org-chain","userId":"u-1","text":"%s"}
                """.formatted(text));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("feedbackId").asText();
        chain.catchUpAndSign();
        return jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, id);
    }

    private JsonNode verifyStore() {
        Http.Response verified = http.get("/api/v1/admin/events/verify", ADMIN);
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        return verified.json();
    }

    @Test
    void theStoreVerifiesAndTheStatusShowsTheSigningKey() {
        long position = ingestAndChain("Chained once");
        JsonNode report = verifyStore();
        assertThat(report.get("intact").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.get("to").asLong()).isGreaterThanOrEqualTo(position);
        assertThat(report.get("checkpoints").asInt()).isPositive();
        assertThat(report.get("eventsAfterLastSigned").asLong()).isZero();

        JsonNode status = http.get("/api/v1/admin/events/chain", ADMIN).json();
        assertThat(status.get("position").asLong()).isGreaterThanOrEqualTo(position);
        assertThat(status.at("/lastCheckpoint/position").asLong()).isGreaterThanOrEqualTo(position);
        assertThat(status.get("publicKey").asText()).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(status.get("signatureAlgorithm").asText()).isEqualTo("Ed25519");

        assertThat(http.get("/api/v1/admin/events/verify?from=5&to=2", ADMIN).status()).isEqualTo(400);
    }

    private static double metric(String scrape, String name) {
        return scrape.lines().filter(line -> line.startsWith(name + " ")).findFirst()
                     .map(line -> Double.parseDouble(line.substring(name.length() + 1)))
                     .orElseThrow(() -> new AssertionError(name + " not in the scrape"));
    }

    @Test
    void metricsShowHowFarTheChainIsBehindAndHowOldItsLastCheckpointIs() throws InterruptedException {
        ingestAndChain("Chained and signed");
        Thread.sleep(1_100); // past the metrics' one-second reading
        String scrape = http.get("/actuator/prometheus", ADMIN).body();
        assertThat(metric(scrape, "alumia_chain_unsigned_events")).isZero();
        assertThat(metric(scrape, "alumia_chain_checkpoint_age_seconds")).isBetween(0.0, 60.0);
        assertThat(metric(scrape, "alumia_chain_lag_events")).isBetween(0.0, 5.0);
    }

    @Test
    void aChangedPayloadInTheStoreIsReportedAtItsPosition() {
        long position = ingestAndChain("Original text");
        byte[] original = jdbc.queryForObject("SELECT payload FROM domain_event_entry WHERE global_index = ?",
                byte[].class, position);
        byte[] changed = new String(original, StandardCharsets.UTF_8).replace("Original text", "Edited text")
                                                                     .getBytes(StandardCharsets.UTF_8);
        jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?", changed, position);
        try {
            JsonNode report = verifyStore();
            assertThat(report.get("intact").asBoolean()).isFalse();
            assertThat(report.at("/firstBreak/position").asLong()).isEqualTo(position);
            assertThat(report.at("/firstBreak/problem").asText()).isEqualTo("link_mismatch");
        } finally {
            jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?", original, position);
        }
        assertThat(verifyStore().get("intact").asBoolean()).isTrue();
    }

    @Test
    void aDeletedEventInTheStoreIsReportedAsMissing() {
        long position = ingestAndChain("Soon deleted");
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM domain_event_entry WHERE global_index = ?",
                position);
        jdbc.update("DELETE FROM domain_event_entry WHERE global_index = ?", position);
        try {
            JsonNode report = verifyStore();
            assertThat(report.get("intact").asBoolean()).isFalse();
            assertThat(report.at("/firstBreak/position").asLong()).isEqualTo(position);
            assertThat(report.at("/firstBreak/problem").asText()).isEqualTo("missing_event");
        } finally {
            String columns = String.join(", ", row.keySet());
            String marks = String.join(", ", row.keySet().stream().map(k -> "?").toList());
            jdbc.update("INSERT INTO domain_event_entry (" + columns + ") VALUES (" + marks + ")",
                    row.values().toArray());
        }
        assertThat(verifyStore().get("intact").asBoolean()).isTrue();
    }

    @Test
    void anExportVerifiesOfflineWithThePublicKeyAloneAndATamperedCopyDoesNot() throws IOException {
        ingestAndChain("Exported for the auditors");
        Path export = dir.resolve("export.ndjson");
        Files.writeString(export, http.get("/api/v1/admin/events?after=0&limit=1000000", ADMIN).body());
        Path key = dir.resolve("public.pem");
        Files.writeString(key, http.get("/api/v1/admin/events/chain", ADMIN).json().get("publicKey").asText());

        Run intact = cli("verify", export.toString(), "--public-key", key.toString());
        assertThat(intact.exit()).as(intact.out()).isZero();
        assertThat(intact.out()).contains("intact").contains("signed checkpoints verified");

        String[] lines = Files.readString(export).split("\n");
        int target = Arrays.asList(lines).indexOf(Arrays.stream(lines)
                .filter(l -> l.contains("Exported for the auditors")).findFirst().orElseThrow());
        lines[target] = lines[target].replace("Exported for the auditors", "Exported for the auditor");
        Path tampered = dir.resolve("tampered.ndjson");
        Files.writeString(tampered, String.join("\n", lines) + "\n");
        long position = new Http.Response(200, Map.of(), lines[target]).json().get("position").asLong();

        Run broken = cli("verify", tampered.toString(), "--public-key", key.toString());
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.out()).contains("BROKEN at position " + position + " (link_mismatch)");

        Run noKey = cli("verify", export.toString());
        assertThat(noKey.exit()).isEqualTo(2);
    }

    @Test
    void chainKeyMakesAKeyThatTheNodesCanLoad() {
        Path file = dir.resolve("chain-key.pem");
        Run made = cli("chain-key", "--out", file.toString());
        assertThat(made.exit()).as(made.err()).isZero();
        assertThat(made.out()).contains("-----BEGIN PUBLIC KEY-----");
        assertThat(com.alumia.admin.query.audit.chain.ChainKeys.signer(file, false).keyId())
                .isEqualTo(made.out().replaceAll("(?s).*key id ([0-9a-f]{16}).*", "$1"));
        assertThat(cli("chain-key", "--out", file.toString()).exit()).as("never overwrites").isEqualTo(2);
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
