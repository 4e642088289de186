package org.camino.retention.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.camino.security.control.AccessLog;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The retention purge: every closed case past its retention period loses its
 * personal data ({@link CasePurge}), one chunk of cases at a time and each case
 * in a transaction of its own. Resumable by construction: a crash loses at most
 * the case being purged (rolled back whole), and the next run starts from what
 * is still due. One server runs it at a time (the claim in
 * {@code retention_purge_state}); a second server finds it claimed and leaves.
 * Each chunk is one access-log entry with counts per case type, never a name.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());
    static final int CHUNK = 200;

    /** {@code claimed}: false if another server was running it (nothing done here). */
    public record Run(boolean claimed, int purged, Map<String, Integer> byCaseType) {
    }

    @Inject
    RetentionRuns runs;

    @Inject
    CasePurge purge;

    @Inject
    AccessLog accessLog;

    public Run run(String by) {
        if (!runs.claim()) {
            return new Run(false, 0, Map.of());
        }
        Map<String, Integer> total = new TreeMap<>();
        int purged = 0;
        try {
            while (true) {
                Map<String, Integer> chunk = new TreeMap<>();
                for (long caseId : runs.due(CHUNK)) {
                    Optional<CasePurge.Purged> done = purge.purgeIfDue(caseId, by);
                    done.ifPresent(p -> chunk.merge(p.caseType(), 1, Integer::sum));
                }
                if (chunk.isEmpty()) {
                    break;
                }
                int count = chunk.values().stream().mapToInt(Integer::intValue).sum();
                purged += count;
                chunk.forEach((type, n) -> total.merge(type, n, Integer::sum));
                accessLog.record(AccessLog.Event.CASES_PURGED, by, "retention", describe(count, chunk));
                runs.renew();
            }
        } finally {
            runs.release(purged);
        }
        if (purged > 0) {
            LOG.info("Retention purge: " + describe(purged, total));
        }
        return new Run(true, purged, Map.copyOf(total));
    }

    private static String describe(int count, Map<String, Integer> byType) {
        return count + " cases (" + byType.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")) + ")";
    }
}
