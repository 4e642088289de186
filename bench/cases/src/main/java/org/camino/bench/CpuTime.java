package org.camino.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CPU seconds used so far by WildFly and by PostgreSQL (postmaster and its
 * backends), from /proc. On a shared, noisy machine, CPU time per case says
 * more about cost than wall time, which includes waiting for the other tenants.
 */
final class CpuTime {

    private static final double TICKS = 100.0; // USER_HZ on Linux

    private CpuTime() {
    }

    /** The WildFly JVM started by the launcher from this process (its server base names it). */
    static Optional<ProcessHandle> wildfly(String serverBase) {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().map(c -> c.contains("-Xms") && c.contains(serverBase)).orElse(false))
                .findFirst();
    }

    /** The postmaster of the embedded database, from its pid file. */
    static Optional<ProcessHandle> postgres(Path dataDir) {
        try {
            String first = Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim();
            return ProcessHandle.of(Long.parseLong(first));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** User + system seconds of the process, its live descendants and the ones that have exited. */
    static double seconds(Optional<ProcessHandle> process) {
        if (process.isEmpty()) {
            return Double.NaN;
        }
        double total = ownAndExitedChildren(process.get().pid());
        try (Stream<ProcessHandle> children = process.get().descendants()) {
            total += children.mapToDouble(p -> own(p.pid())).sum();
        }
        return total;
    }

    private static double own(long pid) {
        long[] f = fields(pid);
        return f == null ? 0 : (f[0] + f[1]) / TICKS;
    }

    private static double ownAndExitedChildren(long pid) {
        long[] f = fields(pid);
        return f == null ? 0 : (f[0] + f[1] + f[2] + f[3]) / TICKS;
    }

    /** utime, stime, cutime, cstime (fields 14-17 of /proc/pid/stat). */
    private static long[] fields(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[]{Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]), Long.parseLong(f[14])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
