package org.camino.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 * are kept in the order they were answered.
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
