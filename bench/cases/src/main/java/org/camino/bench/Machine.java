package org.camino.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the benchmark ran on, and the load while it ran (from /proc, Linux). */
final class Machine {

    private Machine() {
    }

    static String describe() {
        return String.format(Locale.ROOT, "%d cores (%s), %s RAM, Java %s; load (uptime) %s",
                Runtime.getRuntime().availableProcessors(), proc("cpuinfo", "model name"), memory(),
                System.getProperty("java.runtime.version"), load());
    }

    /** The 1, 5 and 15 minute load averages. */
    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String memory() {
        String total = proc("meminfo", "MemTotal");
        try {
            return Math.round(Long.parseLong(total.replace("kB", "").trim()) / 1024.0 / 1024.0) + " GB";
        } catch (NumberFormatException e) {
            return total;
        }
    }

    private static String proc(String file, String key) {
        try {
            return Files.readAllLines(Path.of("/proc", file)).stream().filter(l -> l.startsWith(key))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
