package org.camino.imports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camino.cases.control.CaseScope;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The duplicate lookups of the last few dry runs, so that a user who accepts
 * the file just checked (same user, mission, case type and SHA-256) is not
 * made to wait for the same lookups again.
 * <p>
 * Reused only while they are still true. Before its lookups, a dry run notes
 * the oldest transaction still running in PostgreSQL ({@link #snapshotXmin}):
 * whatever the lookups could not see was written by that transaction or a
 * later one. A lookup is reused only if no row of {@code person},
 * {@code household_member} or {@code case_file} of the user's read scope
 * was written (inserted or updated) by such a transaction since, and the
 * scope itself is the same; otherwise the file is looked up again. A person
 * deleted meanwhile leaves an extra warning at worst. Kept in this server's
 * memory only (another server looks up again), {@value #KEPT} at most, for
 * {@link #FOR} at most (the warnings name the persons matched).
 */
@ApplicationScoped
public class RecentLookups {

    static final int KEPT = 16;
    static final Duration FOR = Duration.ofMinutes(15);

    /** Whose lookup of which file. */
    public record Key(String username, String mission, String type, String sha256) {
        @Override
        public String toString() {
            return "Key[" + mission + ", " + type + "]";
        }
    }

    private record Lookup(List<ImportChecks.Duplicate> duplicates, String scope, long snapshotXmin, Instant at) {
        /** Never the warnings: they name persons. */
        @Override
        public String toString() {
            return "Lookup[" + duplicates.size() + " rows, since " + at + "]";
        }
    }

    @PersistenceContext
    EntityManager em;

    private final Map<Key, Lookup> lookups = new LinkedHashMap<>();

    /** The oldest transaction id PostgreSQL still runs: everything a lookup started now misses is at or after it. */
    public long snapshotXmin() {
        return ((Number) em.createNativeQuery("select pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
                .getSingleResult()).longValue();
    }

    public synchronized void remember(Key key, CaseScope.Scope scope, long snapshotXmin, List<ImportChecks.Duplicate> duplicates) {
        lookups.remove(key);
        lookups.put(key, new Lookup(duplicates, fingerprint(scope), snapshotXmin, Instant.now()));
        while (lookups.size() > KEPT) {
            lookups.remove(lookups.keySet().iterator().next());
        }
    }

    /** The lookup remembered under this key, if it is still true of the database (else it is forgotten). */
    public Optional<List<ImportChecks.Duplicate>> reuse(Key key, CaseScope.Scope scope) {
        Lookup lookup;
        synchronized (this) {
            lookup = lookups.get(key);
        }
        if (lookup == null) {
            return Optional.empty();
        }
        if (lookup.at().isBefore(Instant.now().minus(FOR)) || !lookup.scope().equals(fingerprint(scope))
                || writtenSince(scope, lookup.snapshotXmin())) {
            synchronized (this) {
                lookups.remove(key, lookup);
            }
            return Optional.empty();
        }
        return Optional.of(lookup.duplicates());
    }

    /** The scope's missions per case type, in a set order. */
    private static String fingerprint(CaseScope.Scope scope) {
        StringBuilder fingerprint = new StringBuilder();
        scope.missionsByType().forEach((type, ids) -> fingerprint.append(type).append(ids.stream().sorted().toList()));
        return fingerprint.toString();
    }

    /**
     * Whether a row the lookups read was written by a transaction at or after {@code xmin}: 32-bit transaction
     * ids compared modulo 2^32 (a row frozen long ago may look recent: then the file is looked up again).
     */
    private boolean writtenSince(CaseScope.Scope scope, long xmin) {
        String missions = scope.missionIds().stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("0");
        return (Boolean) em.createNativeQuery("select exists (select 1 from person p where " + scope.personSql("p")
                        + " and " + writtenAtOrAfter("p", xmin) + ")"
                        + " or exists (select 1 from case_file c where c.mission_id in (" + missions + ") and "
                        + writtenAtOrAfter("c", xmin) + ")"
                        + " or exists (select 1 from household_member hm where " + writtenAtOrAfter("hm", xmin) + ")")
                .getSingleResult();
    }

    /** The row's inserting or updating transaction is {@code xmin} or later (within half the 32-bit id space). */
    private static String writtenAtOrAfter(String alias, long xmin) {
        return "((" + alias + ".xmin::text::bigint - " + (xmin % (1L << 32)) + " + 4294967296) % 4294967296) < 2147483648";
    }
}
