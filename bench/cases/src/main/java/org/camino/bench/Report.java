package org.camino.bench;

import java.util.Locale;

/** A benchmark's results as markdown: each line printed as it comes and kept for results.md. */
final class Report {

    private final StringBuilder text = new StringBuilder();

    void line(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        text.append(line).append('\n');
        System.out.println(line);
    }

    /** A row of a timing table: what, p50, p95 and max in ms, n. */
    void row(String what, Stats stats) {
        line("| %s | %s | %s | %s | %d |", what, Stats.ms(stats.p50()), Stats.ms(stats.p95()), Stats.ms(stats.max()), stats.n());
    }

    String text() {
        return text.toString();
    }
}
