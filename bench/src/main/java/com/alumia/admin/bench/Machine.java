package com.alumia.admin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the numbers were measured on: cores, memory, CPU model, and the versions of the parts that matter.
 */
final class Machine {

    private Machine() {
    }

    static Map<String, Object> describe(String postgresVersion, String wrkVersion) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("memoryMiB", procLine("/proc/meminfo", "MemTotal") / 1024);
        m.put("cpu", cpuModel());
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("postgres", postgresVersion);
        m.put("wrk", wrkVersion);
        m.put("note", "the app, PostgreSQL and the load generator share these cores");
        return m;
    }

    /** A "Name: 123 kB" line of a /proc status file, as a number of kB; -1 when absent. */
    static long procLine(String file, String name) {
        try {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (line.startsWith(name + ":")) {
                    return Long.parseLong(line.substring(name.length() + 1).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                        .filter(l -> l.startsWith("model name"))
                        .map(l -> l.substring(l.indexOf(':') + 1).trim())
                        .findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
