package org.camino.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fault drills' load (FaultDrillIT, ClusterFailoverIT): clients saving one after the other in the background,
 * a short pause between, while the drill breaks something. Each save is what {@code save} does and returns; they
 * are kept in the order they were answered. {@link #shapes} reads back what the saves left in the database.
 */
final class Savers<S extends Savers.Answer> implements AutoCloseable {

    /** What a drill keeps of a save: at least the HTTP status that came back, -1 when no answer came. */
    interface Answer {
        int status();
    }

    /** Saves per client at most, so that a drill that never stops its savers still ends. */
    private static final int SAVES_PER_CLIENT = 500;
    private static final long PAUSE_MILLIS = 50;

    private final List<S> saves = new CopyOnWriteArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService pool;
    private final Duration wait;

    /** {@code clients} savers calling {@code save}; {@link #await} waits at most {@code wait}. */
    Savers(int clients, Duration wait, Supplier<S> save) {
        this.wait = wait;
        pool = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < clients; i++) {
            pool.submit(() -> {
                for (int n = 0; n < SAVES_PER_CLIENT && running.get(); n++) {
                    saves.add(save.get());
                    pause(PAUSE_MILLIS);
                }
            });
        }
    }

    long count(int status) {
        return saves.stream().filter(s -> s.status() == status).count();
    }

    /** Waits until {@code count} saves matched; fails the test after the wait given. */
    void await(Predicate<S> which, int count) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (saves.stream().filter(which).count() < count) {
            assertTrue(System.nanoTime() < deadline, "waited " + wait.toSeconds() + " s for " + count + " such saves: "
                    + saves.stream().map(Answer::status).toList());
            pause(20);
        }
    }

    /** Stops the savers and returns every save that got an answer or none. */
    List<S> stop() throws InterruptedException {
        running.set(false);
        pool.shutdown();
        assertTrue(pool.awaitTermination(90, TimeUnit.SECONDS), "the savers stop");
        return new ArrayList<>(saves);
    }

    /**
     * Per case of the mission, in the database of {@code jdbcUrl}, what a registration writes besides the case:
     * household members, movements, status changes, history rows of the case (Envers), and whether it has a
     * principal. A case saved whole has the shape of any other case registered the same way.
     */
    static Map<String, String> shapes(String jdbcUrl, String mission) throws SQLException {
        Map<String, String> shapes = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             PreparedStatement query = db.prepareStatement("""
                     select c.number,
                            (select count(*) from camino.household_member h where h.household_id = c.household_id) as members,
                            (select count(*) from camino.movement v where v.case_id = c.id) as movements,
                            (select count(*) from camino.case_status_change s where s.case_id = c.id) as status_changes,
                            (select count(*) from camino.case_file_aud a where a.id = c.id) as history,
                            c.principal_id is not null as principal
                       from camino.case_file c join camino.mission m on m.id = c.mission_id
                      where m.code = ? order by c.id""")) {
            query.setString(1, mission);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    shapes.put(rs.getString(1), "members " + rs.getLong(2) + ", movements " + rs.getLong(3) + ", status changes "
                            + rs.getLong(4) + ", history " + rs.getLong(5) + ", principal " + rs.getBoolean(6));
                }
            }
        }
        return shapes;
    }

    @Override
    public void close() {
        running.set(false);
        pool.shutdownNow();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
