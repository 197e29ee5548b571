package com.alumia.admin.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The app as a user runs it: its own JVM, started from the jar on the postgres profile, with the local issuer
 * forced so that the harness can mint real tokens.
 */
final class AppProcess implements AutoCloseable {

    private final Process process;
    private final long startedNanos;
    private final int port;
    private double readySeconds = -1;
    private long peakRssKiB;

    private AppProcess(Process process, long startedNanos, int port) {
        this.process = process;
        this.startedNanos = startedNanos;
        this.port = port;
    }

    static AppProcess start(Options options, Database database, Path log, Map<String, String> properties)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(options.appJvmOptions().split("\\s+")));
        if (options.cds()) {
            // Required, not only tried: a JVM that cannot use the archive would otherwise start without it, with a
            // warning in the app log, and the run would measure a start without it.
            command.add("-Xshare:on");
            command.add("-XX:SharedArchiveFile=" + options.launchDir().resolve("alumia-admin.jsa"));
            command.add("-jar");
            command.add(options.launchDir().resolve(options.appJar().getFileName()).toString());
        } else {
            command.add("-jar");
            command.add(options.appJar().toString());
        }
        command.add("--spring.profiles.active=postgres");
        command.add("--server.port=" + options.port());
        command.add("--alumia.data-dir=" + options.workDir().resolve("data"));
        java.util.Map<String, String> all = new java.util.LinkedHashMap<>(options.appProperties());
        all.putAll(properties);
        all.forEach((k, v) -> command.add("--" + k + "=" + v));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("ALUMIA_DB_URL", database.url());
        builder.environment().put("ALUMIA_DB_USER", "postgres");
        builder.environment().put("ALUMIA_LOCAL_ISSUER", "true");
        builder.environment().put("ALUMIA_CHAIN_CREATE_KEY", "true");
        long started = System.nanoTime();
        return new AppProcess(builder.start(), started, options.port());
    }

    /**
     * Unpacks the app and records its class-data archive with {@code bin/cds-archive}, as the Dockerfile does, when
     * the run launches it that way; the same JVM makes the archive as runs the app.
     */
    static void prepare(Options options, Path log) throws IOException, InterruptedException {
        if (!options.cds()) {
            return;
        }
        ProcessBuilder builder = new ProcessBuilder(options.cdsScript().toString(), options.appJar().toString(),
                options.launchDir().toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException(options.cdsScript() + " failed with " + exit + "; see the app log");
        }
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Waits until readiness answers 200; returns the seconds from launch. */
    double awaitReady(Duration limit) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited with " + process.exitValue() + "; see its log");
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    readySeconds = (System.nanoTime() - startedNanos) / 1e9;
                    return readySeconds;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the app was not ready within " + limit);
    }

    long startedNanos() {
        return startedNanos;
    }

    /** Peak resident memory of the app so far (VmHWM), in MiB. */
    long peakRssMiB() {
        long hwm = Machine.procLine("/proc/" + process.pid() + "/status", "VmHWM");
        peakRssKiB = Math.max(peakRssKiB, hwm);
        return peakRssKiB / 1024;
    }

    static String token(Options options, String subject, String... roles) throws IOException, InterruptedException {
        return token(options, List.of(), subject, roles);
    }

    /** A token with more of the token command's options, such as {@code --acr} for a step-up. */
    static String token(Options options, List<String> extra, String subject, String... roles)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                options.appJar().toString(), "token", "--subject", subject, "--ttl", "6h",
                "--key", options.workDir().resolve("data/issuer/signing-key.json").toString()));
        command.addAll(extra);
        for (String role : roles) {
            command.add("--role");
            command.add(role);
        }
        Process p = new ProcessBuilder(command).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("token minting failed: "
                    + new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        return out;
    }

    @Override
    public void close() throws InterruptedException {
        peakRssMiB();
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
