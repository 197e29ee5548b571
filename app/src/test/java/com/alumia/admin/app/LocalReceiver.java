package com.alumia.admin.app;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP receiver on loopback for delivery tests: each path answers with the status codes queued for it, then
 * with its default, and every request is kept with its headers and body.
 */
final class LocalReceiver implements AutoCloseable {

    record Received(String path, Map<String, String> headers, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, java.util.Deque<Integer>> queued = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> defaults = new ConcurrentHashMap<>();

    LocalReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            Map<String, String> headers = new ConcurrentHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT),
                    String.join(",", v)));
            received.add(new Received(path, headers, new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8)));
            java.util.Deque<Integer> statuses = queued.get(path);
            Integer next = statuses == null ? null : statuses.pollFirst();
            int status = next != null ? next : defaults.getOrDefault(path, new AtomicInteger(200)).get();
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    private static LocalReceiver shared;

    /** One receiver for the whole test run, for endpoints set in configuration (the notification service). */
    static synchronized LocalReceiver shared() {
        if (shared == null) {
            try {
                shared = new LocalReceiver();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return shared;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next answers of {@code path}, in order; then its default. */
    LocalReceiver answer(String path, Integer... statuses) {
        queued.computeIfAbsent(path, p -> new java.util.concurrent.ConcurrentLinkedDeque<>())
              .addAll(List.of(statuses));
        return this;
    }

    LocalReceiver byDefault(String path, int status) {
        defaults.put(path, new AtomicInteger(status));
        return this;
    }

    List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
