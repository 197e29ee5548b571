package com.alumia.admin.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run, one machine: the ceilings of the machine, then the app measured against them. Prints a table and
 * writes the same numbers as JSON. Run through {@code bench/run}, which builds the jars and makes sure wrk and
 * PostgreSQL are there.
 */
public final class Bench {

    private static final Duration START_LIMIT = Duration.ofSeconds(120);
    private static final Duration WARM_UP_AT_LEAST = Duration.ofMinutes(3);

    private final Options options;
    private final Database db;
    private final Path log;
    private final Map<String, Object> results = new LinkedHashMap<>();
    private final List<String[]> table = new ArrayList<>();
    private final PrintStream out;

    private Bench(Options options, PrintStream out) {
        this.out = out;
        this.options = options;
        this.db = new Database(options.postgres(), options.database());
        this.log = options.workDir().resolve("app.log");
    }

    public static void main(String[] args) throws Exception {
        new Bench(Options.parse(args), System.out).run();
    }

    private void run() throws Exception {
        Files.createDirectories(options.workDir());
        Files.deleteIfExists(log);
        db.recreate();
        results.put("machine", Machine.describe(db.version(), Wrk.version()));
        results.put("startedAt", Instant.now().toString());
        results.put("appJvmOptions", options.appJvmOptions());
        results.put("appProperties", options.appProperties());
        results.put("appLaunch", options.cds() ? "unpacked, with a class-data archive (bin/cds-archive)"
                : "the jar as built");
        say(options.cds() ? "unpacking the app and recording its class-data archive" : "running the jar as built");
        AppProcess.prepare(options, log);

        Map<String, Object> startup = new LinkedHashMap<>();
        Map<String, Object> commands = new LinkedHashMap<>();
        Map<String, Object> ceilings = new LinkedHashMap<>();
        long peakRss;
        String ingest;
        String admin;
        try (AppProcess app = AppProcess.start(options, db, log, Map.of())) {
            startup.put("readySecondsEmptyStore", Stats.round(app.awaitReady(START_LIMIT)));
            ingest = AppProcess.token(options, "svc-bench", "ingest");
            admin = AppProcess.token(options, "ops@bench.example", "admin");
            Wrk wrk = new Wrk(options.workDir(), app.base());
            Map<String, String> env = Map.of("INGEST_TOKEN", ingest, "ADMIN_TOKEN", admin);
            say("warming up until the command rate settles");
            commands.put("warmUp", warmUp(wrk, env));
            List<Map<String, Object>> levels = new ArrayList<>();
            for (int connections : options.concurrency()) {
                say("commands flat out, " + connections + " connections");
                levels.add(wrk.run("commands.lua", connections, options.commandSeconds(), env));
            }
            commands.put("flatOut", levels);
            say("commands at " + options.fixedCommandRate() + "/s");
            commands.put("fixedRate", paced(wrk, "commands.lua", env, options.fixedCommandRate(),
                    options.commandSeconds()));
            say("command-to-view lag");
            results.put("commandToViewLag", new LagProbe(app.base(), ingest, admin).measure(options.lagSamples()));
            List<Map<String, Object>> inserts = new ArrayList<>();
            for (int connections : options.concurrency()) {
                say("ceiling: insert-and-commit, " + connections + " connections");
                inserts.add(Ceilings.insertAndCommit(db, connections, 10));
            }
            ceilings.put("insertAndCommit", inserts);
            peakRss = app.peakRssMiB();
        }
        for (int i = 0; i < options.concurrency().size(); i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> level = ((List<Map<String, Object>>) commands.get("flatOut")).get(i);
            @SuppressWarnings("unchecked")
            Map<String, Object> ceiling = ((List<Map<String, Object>>) ceilings.get("insertAndCommit")).get(i);
            level.put("ratioToInsertCeiling", Stats.round((double) level.get("perSecond")
                                                          / (double) ceiling.get("perSecond")));
        }

        say("seeding " + options.events() + " events");
        results.put("seed", EventLoad.seed(db, options.events()));
        EventLoad.settleOtherProcessors(db);
        say("ceiling: sequential read of the event table");
        ceilings.put("sequentialRead", Ceilings.sequentialRead(db));
        results.put("ceilings", ceilings);
        results.put("commands", commands);

        Map<String, Object> rebuild = new LinkedHashMap<>();
        // Axon's out-of-the-box processor settings: a tracking processor, batch size 1, one segment, and its
        // transactions committed as Axon commits them (waiting for the WAL flush). A second run keeps the app's
        // relaxed commits and changes only the batch and the segments, for the narrower comparison.
        Map<String, String> axonDefaults = Map.of("alumia.processing.mode", "tracking",
                "alumia.processing.batch-size", "1", "alumia.processing.segments", "1",
                "alumia.processing.relaxed-commit", "false", "alumia.chain.enabled", "false");
        say("replay with Axon's out-of-the-box settings (tracking processor, batch size 1, one segment, durable "
            + "commits), " + options.outOfTheBoxSeconds() + " s at most");
        EventLoad.reset(db);
        // The hash chain has its own phase below; while replays are timed it stays off.
        Map<String, Object> outOfTheBox = EventLoad.replay(db, options, log, axonDefaults,
                options.outOfTheBoxSeconds());
        say("the same with the app's relaxed commits, " + options.outOfTheBoxSeconds() + " s at most");
        EventLoad.reset(db);
        Map<String, String> relaxed = new HashMap<>(axonDefaults);
        relaxed.put("alumia.processing.relaxed-commit", "true");
        Map<String, Object> outOfTheBoxRelaxed = EventLoad.replay(db, options, log, relaxed,
                options.outOfTheBoxSeconds());
        say("replay with the app's settings");
        EventLoad.reset(db);
        Map<String, Object> tuned = EventLoad.replay(db, options, log, Map.of("alumia.chain.enabled", "false"),
                3_600);
        // A rebuilt view is a table written from empty: its planner statistics are those of an empty table until
        // autovacuum catches up, and that catch-up would land in the middle of the query runs. Done at once here,
        // as a rebuild should end.
        say("vacuum and analyze the rebuilt views");
        db.execute(EventLoad.VIEW_TABLES.stream().map(table -> "VACUUM ANALYZE " + table).toArray(String[]::new));
        peakRss = Math.max(peakRss, (long) tuned.get("peakRssMiB"));
        double readCeiling = (double) ((Map<?, ?>) ceilings.get("sequentialRead")).get("perSecond");
        tuned.put("ratioToReadCeiling", Stats.round((double) tuned.get("perSecond") / readCeiling));
        tuned.put("timesOutOfTheBox", Stats.round((double) tuned.get("perSecond")
                                                  / (double) outOfTheBox.get("perSecond")));
        tuned.put("timesOutOfTheBoxWithRelaxedCommits", Stats.round((double) tuned.get("perSecond")
                                                                    / (double) outOfTheBoxRelaxed.get("perSecond")));
        rebuild.put("tuned", tuned);
        rebuild.put("outOfTheBox", outOfTheBox);
        rebuild.put("outOfTheBoxWithRelaxedCommits", outOfTheBoxRelaxed);
        results.put("rebuild", rebuild);
        say("hash chain over the seeded log");
        Map<String, Object> chain = EventLoad.chain(db, options, log);
        peakRss = Math.max(peakRss, (long) chain.get("peakRssMiB"));
        results.put("chain", chain);

        Map<String, Object> queries = new LinkedHashMap<>();
        try (AppProcess app = AppProcess.start(options, db, log,
                Map.of("alumia.stripe.webhook-secret", Decisions.SECRET))) {
            startup.put("readySecondsFullStore", Stats.round(app.awaitReady(START_LIMIT)));
            Wrk wrk = new Wrk(options.workDir(), app.base());
            say("triage queue at " + options.queueRate() + "/s");
            queries.put("triageQueue", paced(wrk, admin, options.queueRate(), String.join("|",
                    "/api/v1/admin/feedback?limit=50",
                    "/api/v1/admin/feedback?status=open&limit=50",
                    "/api/v1/admin/feedback?severity=high&limit=50",
                    "/api/v1/admin/feedback?orgId=org-bench-7&limit=50",
                    "/api/v1/admin/feedback?classification=script&status=open&limit=50")));
            say("audit search at " + options.auditRate() + "/s");
            queries.put("auditSearch", paced(wrk, admin, options.auditRate(), String.join("|",
                    "/api/v1/admin/audit?limit=50",
                    "/api/v1/admin/audit?action=feedback.triaged&limit=50",
                    "/api/v1/admin/audit?actor=ops@bench.example&limit=50",
                    "/api/v1/admin/audit?orgId=org-bench-3&limit=50",
                    "/api/v1/admin/audit?aggregateType=Feedback&action=feedback.archived&limit=50")));
            say("Stripe authorization decisions at 50/s");
            queries.put("authorizationDecision", new Decisions(options, app.base()).run(wrk, 50,
                    options.querySeconds()));
            say("host routes for edge routers at " + options.queueRate() + "/s");
            queries.put("hostRoute", paced(wrk, HostRoutes.token(options), options.queueRate(),
                    HostRoutes.prepare(options, app.base())));
            peakRss = Math.max(peakRss, app.peakRssMiB());
        }
        results.put("queries", queries);
        startup.put("peakRssMiB", peakRss);
        results.put("startup", startup);
        results.put("targets", targets());

        Files.createDirectories(options.output().toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(options.output().toFile(), results);
        printTable();
        out.println("\nJSON: " + options.output());
    }

    private Map<String, Object> paced(Wrk wrk, String token, int rate, String paths) throws Exception {
        return paced(wrk, "paced-get.lua", Map.of("TOKEN", token, "PATHS", paths), rate, options.querySeconds());
    }

    /**
     * A run of {@code script} at about {@code rate} requests a second: each connection waits 50 ms after each
     * answer. Two warm-ups: the JIT, caches. The answers' own time lowers the rate, so after each warm-up the
     * connections are scaled by the rate asked over the rate reached. The first, on a cold app, overshoots; the
     * second, warm, corrects it, so the measured run comes close.
     */
    private Map<String, Object> paced(Wrk wrk, String script, Map<String, String> env, int rate, int seconds)
            throws Exception {
        int connections = Math.max(1, rate / 20);
        Map<String, String> paced = new HashMap<>(env);
        paced.put("DELAY_MS", String.valueOf(connections * 1000 / rate));
        for (int pass = 0; pass < 2; pass++) {
            double reached = (double) wrk.run(script, connections, seconds, paced).get("perSecond");
            if (reached > 0) {
                connections = Math.max(1, (int) Math.round(connections * rate / reached));
            }
        }
        Map<String, Object> r = wrk.run(script, connections, seconds, paced);
        r.put("targetPerSecond", rate);
        return r;
    }

    /**
     * The command mix flat out at the highest concurrency, in runs of {@link Options#warmUpSeconds()}, until the
     * last three runs agree within 4 %: on two cores that the load keeps busy the JIT takes minutes to compile the
     * command path (on this kind of machine the rate climbed from about 350 to 1,250 a second over three to four
     * minutes, with a plateau on the way), and a rate measured before that is the compiler's, not the app's. The
     * runs go on for at least {@link #WARM_UP_AT_LEAST}: one run stopped on that plateau after five runs, at 1,130 a
     * second, and the flat-out runs after it were measured while the compiler was still at work. At most
     * {@link Options#warmUpRuns()} runs; the rates are kept in the results.
     */
    private List<Double> warmUp(Wrk wrk, Map<String, String> env) throws Exception {
        int connections = options.concurrency().get(options.concurrency().size() - 1);
        int atLeast = Math.min(options.warmUpRuns(),
                (int) Math.ceil((double) WARM_UP_AT_LEAST.toSeconds() / options.warmUpSeconds()));
        List<Double> rates = new ArrayList<>();
        while (rates.size() < options.warmUpRuns()) {
            rates.add((double) wrk.run("commands.lua", connections, options.warmUpSeconds(), env).get("perSecond"));
            List<Double> last = rates.subList(Math.max(0, rates.size() - 3), rates.size());
            if (rates.size() >= atLeast && last.size() == 3 && Collections.max(last) <= 1.04 * Collections.min(last)) {
                break;
            }
        }
        return rates;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> targets() {
        Map<String, Object> commands = (Map<String, Object>) results.get("commands");
        double bestRate = ((List<Map<String, Object>>) commands.get("flatOut")).stream()
                .filter(l -> ((long) l.get("errors")) == 0)
                .mapToDouble(l -> (double) l.get("perSecond")).max().orElse(0);
        Map<String, Object> fixed = (Map<String, Object>) commands.get("fixedRate");
        Map<String, Object> rebuild = (Map<String, Object>) results.get("rebuild");
        Map<String, Object> tuned = (Map<String, Object>) rebuild.get("tuned");
        Map<String, Object> queries = (Map<String, Object>) results.get("queries");
        Map<String, Object> lag = (Map<String, Object>) results.get("commandToViewLag");
        Map<String, Object> startup = (Map<String, Object>) results.get("startup");
        List<Map<String, Object>> t = new ArrayList<>();
        target(t, "commands/s sustained, no errors", bestRate, ">=", 3_000);
        target(t, "command p99 ms at " + fixed.get("perSecond") + "/s", (double) fixed.get("p99Ms"), "<=", 20);
        target(t, "rebuild events/s", (double) tuned.get("perSecond"), ">=", 50_000);
        target(t, "rebuild x out-of-the-box", (double) tuned.get("timesOutOfTheBox"), ">=", 10);
        target(t, "triage queue p99 ms at " + ((Map<?, ?>) queries.get("triageQueue")).get("perSecond") + "/s",
                (double) ((Map<?, ?>) queries.get("triageQueue")).get("p99Ms"), "<=", 10);
        target(t, "audit search p99 ms", (double) ((Map<?, ?>) queries.get("auditSearch")).get("p99Ms"), "<=", 50);
        target(t, "host route p99 ms at " + ((Map<?, ?>) queries.get("hostRoute")).get("perSecond") + "/s",
                (double) ((Map<?, ?>) queries.get("hostRoute")).get("p99Ms"), "<=", 10);
        target(t, "authorization decision p99 ms",
                (double) ((Map<?, ?>) queries.get("authorizationDecision")).get("p99Ms"), "<=", 200);
        target(t, "command-to-view lag p99 ms", (double) lag.get("p99Ms"), "<=", 200);
        target(t, "ready s (1M events)", (double) startup.get("readySecondsFullStore"), "<=", 10);
        target(t, "peak RSS MiB", ((Number) startup.get("peakRssMiB")).doubleValue(), "<=", 768);
        return t;
    }

    private void target(List<Map<String, Object>> t, String name, double measured, String op, double goal) {
        boolean met = op.equals(">=") ? measured >= goal : measured <= goal;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("target", name);
        m.put("measured", measured);
        m.put("goal", op + " " + goal);
        m.put("met", met);
        t.add(m);
        table.add(new String[]{name, String.valueOf(Stats.round(measured)), op + " " + (long) goal, met ? "met" : "MISSED"});
    }

    @SuppressWarnings("unchecked")
    private void printTable() {
        out.println();
        out.println("Machine: " + results.get("machine"));
        Map<String, Object> ceilings = (Map<String, Object>) results.get("ceilings");
        out.println("Ceiling, insert-and-commit: " + ceilings.get("insertAndCommit"));
        out.println("Ceiling, sequential read:   " + ceilings.get("sequentialRead"));
        Map<String, Object> commands = (Map<String, Object>) results.get("commands");
        for (Map<String, Object> level : (List<Map<String, Object>>) commands.get("flatOut")) {
            out.println("Commands: " + level);
        }
        out.println("Commands, warm-up runs (per s): " + commands.get("warmUp"));
        out.println("Commands, fixed rate: " + commands.get("fixedRate"));
        out.println("Rebuild: " + results.get("rebuild"));
        out.println("Hash chain: " + results.get("chain"));
        out.println("Queries: " + results.get("queries"));
        out.println("Lag: " + results.get("commandToViewLag"));
        out.println("Start-up: " + results.get("startup"));
        out.println();
        out.printf("%-45s %12s %12s %8s%n", "target", "measured", "goal", "");
        for (String[] row : table) {
            out.printf("%-45s %12s %12s %8s%n", (Object[]) row);
        }
    }

    private void say(String what) {
        out.println("[bench " + Instant.now() + "] " + what);
    }
}
