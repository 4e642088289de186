package org.camino.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;

/** Asks one URL every few milliseconds in the background and keeps every status it got (refused connections are not answers). */
final class HealthPoller {

    private static final Duration PAUSE = Duration.ofMillis(20);
    private static final Duration LONGEST = Duration.ofMinutes(10);

    private final Set<Integer> answers = new ConcurrentSkipListSet<>();
    private final Thread thread;
    private volatile boolean stopped;

    private HealthPoller(String url) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + LONGEST.toNanos();
        thread = new Thread(() -> {
            while (!stopped && System.nanoTime() < deadline) {
                try {
                    answers.add(client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
                } catch (IOException notListening) {
                    // WildFly not up yet, or already gone
                } catch (InterruptedException e) {
                    return;
                }
                try {
                    Thread.sleep(PAUSE.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "health-poller");
        thread.setDaemon(true);
    }

    static HealthPoller start(String url) {
        HealthPoller poller = new HealthPoller(url);
        poller.thread.start();
        return poller;
    }

    void stop() throws InterruptedException {
        stopped = true;
        thread.interrupt();
        thread.join(10_000);
    }

    List<Integer> answers() {
        return List.copyOf(new TreeSet<>(answers));
    }
}
