package com.alumia.admin.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Command-to-view lag: from sending a triage transition until the queue shows the item as triaged, polled every
 * millisecond. One item at a time, so the number is the pipeline's own delay, not queueing behind other load.
 */
final class LagProbe {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;
    private final String ingest;
    private final String admin;

    LagProbe(String base, String ingest, String admin) {
        this.base = base;
        this.ingest = ingest;
        this.admin = admin;
    }

    Map<String, Object> measure(int samples) throws IOException, InterruptedException {
        double[] lags = new double[samples];
        for (int i = 0; i < samples; i++) {
            JsonNode created = send("POST", "/api/v1/feedback", ingest, null,
                    "{\"orgId\":\"org-lag\",\"text\":\"Lag probe " + i + ": report export is slow\"}", 201);
            String id = created.get("feedbackId").asText();
            awaitStatus(id, "open");
            long start = System.nanoTime();
            send("POST", "/api/v1/admin/feedback/" + id + "/transitions", admin, "\"0\"",
                    "{\"to\":\"triaged\"}", 200);
            awaitStatus(id, "triaged");
            lags[i] = (System.nanoTime() - start) / 1e6;
        }
        return Stats.percentiles(lags);
    }

    private void awaitStatus(String id, String status) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = http.send(request("GET", "/api/v1/admin/feedback/" + id, admin, null, null),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200 && status.equals(json.readTree(r.body()).at("/summary/status").asText())) {
                return;
            }
            Thread.sleep(1);
        }
        throw new IllegalStateException(id + " never showed as " + status);
    }

    private JsonNode send(String method, String path, String token, String ifMatch, String body, int expected)
            throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request(method, path, token, ifMatch, body),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return json.readTree(r.body());
    }

    private HttpRequest request(String method, String path, String token, String ifMatch, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token);
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        if (body == null) {
            return b.GET().build();
        }
        return b.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
