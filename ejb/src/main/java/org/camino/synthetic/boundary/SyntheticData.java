package org.camino.synthetic.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;
import org.camino.platform.control.Settings;
import org.camino.platform.errors.InvalidInputException;
import org.camino.security.control.AccessControl;
import org.camino.security.control.Guarded;
import org.camino.security.control.Requires;
import org.camino.synthetic.control.CasePlanner;
import org.camino.synthetic.control.ChunkWorker;
import org.camino.synthetic.control.SyntheticCases;
import org.camino.synthetic.control.SyntheticMission;
import org.camino.synthetic.control.SyntheticMissions;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Logger;

/**
 * Generates synthetic cases for demos and benchmarks: an operations task,
 * refused outside demo mode so that a production database never receives
 * invented people.
 */
@Stateless
@Guarded
public class SyntheticData {

    public static final int MAX_COUNT = 1_000_000;
    /** Cases per transaction: large enough for JDBC batching to pay, small enough to keep the session light. */
    static final int CHUNK = 1000;
    /** Chunks written side by side: one per core (a chunk alternates between Java and PostgreSQL), at most 4. */
    static final int WORKERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private static final Logger LOG = Logger.getLogger(SyntheticData.class.getName());

    /** What a generation stored, and how long it took (server side). */
    public record Generated(int cases, int persons, int movements, int statusChanges, long elapsedMillis,
                            double casesPerSecond) {
    }

    @Inject
    Settings settings;

    @Inject
    AccessControl accessControl;

    @Inject
    SyntheticMissions missions;

    @Inject
    ChunkWorker worker;

    private static SyntheticCases.Written result(Future<SyntheticCases.Written> chunk) {
        try {
            return chunk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while generating synthetic data", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /**
     * Generates {@code count} cases over the active missions (only in
     * {@code missionCode} when one is given: tests that count what they made), one transaction
     * per {@value #CHUNK} cases, {@link #WORKERS} chunks at a time. The same seed gives the same people and cases
     * (their numbers follow the counters as they are).
     */
    @Requires("synthetic:generate")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Generated generate(int count, long seed, String missionCode) {
        if (!settings.demoMode()) {
            accessControl.deny(accessControl.caller(), "synthetic:generate (demo mode only)", "SyntheticData.generate");
        }
        if (count < 1 || count > MAX_COUNT) {
            throw InvalidInputException.of("count", "synthetic.count.range");
        }
        List<SyntheticMission> active = missions.active().stream()
                .filter(m -> missionCode == null || m.code().equals(missionCode)).toList();
        if (missionCode != null && active.isEmpty()) {
            throw InvalidInputException.of("mission", "synthetic.mission.unknown");
        }
        if (active.isEmpty()) {
            throw InvalidInputException.of("count", "synthetic.missions.none");
        }
        String username = accessControl.caller().username();
        CasePlanner planner = new CasePlanner(seed, LocalDate.now(), active);
        Subject subject = ThreadContext.getSubject();
        long started = System.nanoTime();
        SyntheticCases.Written total = new SyntheticCases.Written(0, 0, 0, 0);
        Deque<Future<SyntheticCases.Written>> inFlight = new ArrayDeque<>();
        RuntimeException failure = null;
        for (int first = 0; first < count && failure == null; first += CHUNK) {
            if (inFlight.size() == WORKERS) {
                try {
                    total = total.plus(result(inFlight.poll()));
                } catch (RuntimeException e) {
                    failure = e;
                    break;
                }
            }
            inFlight.add(worker.write(planner, first, Math.min(CHUNK, count - first), active, username, subject));
        }
        while (!inFlight.isEmpty()) { // let every chunk under way finish before answering, even after a failure
            try {
                total = total.plus(result(inFlight.poll()));
            } catch (RuntimeException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
        long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
        LOG.info(() -> "Synthetic data: " + count + " cases (seed " + seed + ") in " + millis + " ms");
        return new Generated(total.cases(), total.persons(), total.movements(), total.statusChanges(), millis,
                Math.round(total.cases() * 10_000.0 / millis) / 10.0);
    }
}
