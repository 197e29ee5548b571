package com.alumia.admin.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.Stripe;
import com.stripe.net.Webhook;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stripe's real-time authorization requests answered at a fixed rate, against a wallet with an approved spend
 * request that covers them all: every request is a new authorization, signed as Stripe signs it, so each one is
 * verified, looked up, reserved and recorded. Stripe waits two seconds at most; the issue asks for well under 200 ms.
 */
final class Decisions {

    static final String SECRET = "whsec_bench_decisions";
    private static final String ORG = "org-bench-wallet";

    private final Options options;
    private final AppClient app;
    private final ObjectMapper json = new ObjectMapper();

    Decisions(Options options, String base) {
        this.options = options;
        this.app = new AppClient(base);
    }

    Map<String, Object> run(Wrk wrk, int rate, int seconds) throws Exception {
        String root = AppProcess.token(options, List.of("--acr", "urn:alumia:acr:mfa"), "root@bench.example",
                "super_admin");
        String admin = AppProcess.token(options, "ops@bench.example", "admin");
        String agent = AppProcess.token(options, "svc-agents", "agent");
        app.post("/api/v1/admin/orgs", root, Map.of(),
                "{\"orgId\":\"" + ORG + "\",\"name\":\"Bench wallet\",\"reason\":\"bench\"}");
        AppClient.await("the wallet org", () -> app.get("/api/v1/admin/orgs/" + ORG, admin).statusCode() == 200);
        String card = """
                {"id":"evt_bench_card","object":"event","api_version":"%s","created":%d,"livemode":false,
                 "type":"issuing_card.created","data":{"object":{"id":"ic_bench","object":"issuing.card",
                 "brand":"Visa","currency":"usd","last4":"4242","status":"active","type":"virtual",
                 "metadata":{"org_id":"%s","agent_id":"agent-bench"}}}}""".replace("\n", "")
                .formatted(Stripe.API_VERSION, Instant.now().getEpochSecond(), ORG);
        app.post("/api/v1/webhooks/stripe", null, Map.of("Stripe-Signature",
                Webhook.Signature.generateSignatureHeader(card, SECRET)), card);
        HttpResponse<String> asked = app.post("/api/v1/wallet/spend-requests", agent, Map.of(), """
                {"orgId":"%s","agentId":"agent-bench","amount":1000000000,"currency":"usd","merchantName":"OpenAI",
                 "purpose":"bench","expiresAt":"%s"}""".formatted(ORG, Instant.now().plusSeconds(86_400)));
        String request = json.readTree(asked.body()).get("requestId").asText();
        app.post("/api/v1/admin/agent-wallet/spend-requests/" + request + "/approval", admin,
                Map.of("If-Match", "\"0\""), "{\"reason\":\"bench\"}");
        AppClient.await("the spend request's approval", () -> {
            JsonNode list = json.readTree(app.get("/api/v1/admin/agent-wallet/spend-requests?orgId=" + ORG
                                                  + "&status=approved", admin).body());
            return list.get("items").size() == 1;
        });

        int connections = Math.max(1, rate / 20);
        int threads = Math.min(2, connections);
        int perRun = rate * seconds * 2;
        Map<String, String> warmUp = env(requests("warm-up", perRun), connections, threads, rate);
        Map<String, String> measured = env(requests("measured", perRun), connections, threads, rate);
        wrk.run("decisions.lua", connections, seconds, warmUp);
        Map<String, Object> result = wrk.run("decisions.lua", connections, seconds, measured);
        result.put("targetPerSecond", rate);
        return result;
    }

    private Map<String, String> env(Path requests, int connections, int threads, int rate) {
        return Map.of("REQUESTS", requests.toString(), "THREADS", String.valueOf(threads),
                "DELAY_MS", String.valueOf(connections * 1000 / rate));
    }

    /** {@code count} signed authorization requests of new authorizations, one per line. */
    private Path requests(String name, int count) throws Exception {
        List<String> lines = new ArrayList<>(count);
        long now = Instant.now().getEpochSecond();
        for (int n = 0; n < count; n++) {
            String id = name.replace("-", "") + n;
            String payload = ("{\"id\":\"evt_bench_%s\",\"object\":\"event\",\"api_version\":\"%s\",\"created\":%d,"
                              + "\"livemode\":false,\"type\":\"issuing_authorization.request\",\"data\":{\"object\":"
                              + "{\"id\":\"iauth_bench_%s\",\"object\":\"issuing.authorization\",\"amount\":0,"
                              + "\"currency\":\"usd\",\"approved\":false,\"status\":\"pending\",\"livemode\":false,"
                              + "\"pending_request\":{\"amount\":100,\"currency\":\"usd\"},\"card\":{\"id\":\"ic_bench\","
                              + "\"object\":\"issuing.card\",\"metadata\":{\"org_id\":\"%s\",\"agent_id\":\"agent-bench\"}},"
                              + "\"merchant_data\":{\"name\":\"OpenAI\",\"category\":\"computer_software_stores\"}}}}")
                    .formatted(id, Stripe.API_VERSION, now, id, ORG);
            lines.add(Webhook.Signature.generateSignatureHeader(payload, SECRET) + "\t" + payload);
        }
        Path file = options.workDir().resolve("wrk").resolve("decisions-" + name + ".txt");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }
}
