package com.alumia.admin.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What a run measures and with what. Every value has a default; {@code --quick} shortens the run for a smoke test.
 */
record Options(Path appJar, Path workDir, Path output, String postgres, String database, int port,
               String appJvmOptions, List<Integer> concurrency, int commandSeconds, int fixedCommandRate,
               int events, int outOfTheBoxSeconds, int queueRate, int auditRate, int querySeconds,
               int lagSamples, java.util.Map<String, String> appProperties, boolean cds, Path cdsScript,
               int warmUpSeconds, int warmUpRuns) {

    /** Where the app is unpacked with its class-data archive when {@link #cds()}. */
    Path launchDir() {
        return workDir.resolve("launch");
    }

    static Options parse(String[] args) {
        Path appJar = Path.of("app/target/alumia-admin.jar");
        Path workDir = Path.of("bench/target/run");
        Path output = Path.of("bench/results/latest.json");
        String jvm = "-Xmx384m -XX:+UseG1GC"; // as the Dockerfile runs the app
        int events = 1_000_000;
        int commandSeconds = 20;
        int querySeconds = 20;
        int ootb = 60;
        int lag = 300;
        int warmUpSeconds = 15;
        int warmUpRuns = 24;
        List<Integer> concurrency = List.of(4, 16, 64);
        java.util.Map<String, String> appProperties = new java.util.LinkedHashMap<>();
        boolean cds = true; // as the Dockerfile runs the app: unpacked, with a class-data archive (bin/cds-archive)
        Path cdsScript = Path.of("bin/cds-archive");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--app" -> appJar = Path.of(args[++i]);
                case "--work" -> workDir = Path.of(args[++i]);
                case "--out" -> output = Path.of(args[++i]);
                case "--jvm" -> jvm = args[++i];
                case "--events" -> events = Integer.parseInt(args[++i]);
                case "--app-property" -> {
                    String[] kv = args[++i].split("=", 2);
                    appProperties.put(kv[0], kv[1]);
                }
                case "--no-cds" -> cds = false;
                case "--cds-script" -> cdsScript = Path.of(args[++i]);
                case "--quick" -> {
                    events = 50_000;
                    commandSeconds = 5;
                    querySeconds = 5;
                    ootb = 10;
                    lag = 50;
                    warmUpSeconds = 5;
                    warmUpRuns = 2;
                    concurrency = List.of(4, 16);
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; options: --app <jar> --work <dir> --out <json> --jvm <options> --events <n>"
                        + " --app-property <key=value> (repeatable) --no-cds --cds-script <path> --quick");
            }
        }
        return new Options(appJar, workDir, output, "127.0.0.1:5432", "alumia_bench", 18080, jvm, concurrency,
                commandSeconds, 1_000, events, ootb, 500, 100, querySeconds, lag, appProperties, cds, cdsScript,
                warmUpSeconds, warmUpRuns);
    }
}
