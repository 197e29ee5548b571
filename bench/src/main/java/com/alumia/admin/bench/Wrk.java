package com.alumia.admin.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drives wrk (the load generator) with the Lua scripts in resources/wrk and reads back the JSON their done()
 * writes: requests, errors, and wrk's latency percentiles.
 */
final class Wrk {

    private static final List<String> SCRIPTS = List.of("report.lua", "commands.lua", "paced-get.lua",
            "decisions.lua");
    private final Path scripts;
    private final String base;
    private final ObjectMapper json = new ObjectMapper();

    Wrk(Path workDir, String base) throws IOException {
        this.scripts = Files.createDirectories(workDir.resolve("wrk"));
        this.base = base;
        for (String name : SCRIPTS) {
            try (InputStream in = Wrk.class.getResourceAsStream("/wrk/" + name)) {
                Files.copy(in, scripts.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    static String version() {
        try {
            Process p = new ProcessBuilder("wrk", "-v").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return out.lines().findFirst().orElse("wrk").trim();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("wrk is not installed: apt-get install wrk (bench/run does it)", e);
        }
    }

    /** Runs one load and returns its result: throughput of 2xx answers and latency in milliseconds. */
    Map<String, Object> run(String script, int connections, int seconds, Map<String, String> env)
            throws IOException, InterruptedException {
        Path out = scripts.resolve("result.json");
        Files.deleteIfExists(out);
        int threads = Math.min(2, connections);
        ProcessBuilder builder = new ProcessBuilder("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
                "--timeout", "10s", "-s", scripts.resolve(script).toString(), base).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().put("WRK_OUT", out.toString());
        builder.environment().put("WRK_SCRIPTS", scripts.toString());
        Process p = builder.start();
        String console = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0 || !Files.exists(out)) {
            throw new IllegalStateException("wrk failed:\n" + console);
        }
        JsonNode r = json.readTree(out.toFile());
        double secondsRun = r.get("durationMicros").asDouble() / 1e6;
        long errors = r.get("non2xx").asLong() + r.get("connectErrors").asLong() + r.get("readErrors").asLong()
                      + r.get("writeErrors").asLong() + r.get("timeouts").asLong();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("connections", connections);
        m.put("seconds", Stats.round(secondsRun));
        m.put("requests", r.get("requests").asLong());
        m.put("errors", errors);
        m.put("perSecond", Stats.round((r.get("requests").asLong() - r.get("non2xx").asLong()) / secondsRun));
        m.put("p50Ms", micros(r, "p50Micros"));
        m.put("p90Ms", micros(r, "p90Micros"));
        m.put("p99Ms", micros(r, "p99Micros"));
        m.put("p999Ms", micros(r, "p999Micros"));
        m.put("maxMs", micros(r, "maxMicros"));
        return m;
    }

    private static double micros(JsonNode r, String field) {
        return Stats.round(r.get(field).asDouble() / 1000.0);
    }
}
