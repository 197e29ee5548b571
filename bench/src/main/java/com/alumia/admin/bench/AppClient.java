package com.alumia.admin.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** The few plain HTTP calls that set a phase up (an org, a target, a card), and waiting for a view to show them. */
final class AppClient {

    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();

    AppClient(String base) {
        this.base = base;
    }

    HttpResponse<String> post(String path, String token, Map<String, String> headers, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                                    .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    interface Check {
        boolean done() throws Exception;
    }

    static void await(String what, Check check) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!check.done()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + " did not happen within 30 s");
            }
            Thread.sleep(100);
        }
    }
}
