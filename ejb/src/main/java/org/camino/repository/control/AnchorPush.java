package org.camino.repository.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import org.camino.security.control.AccessLog;
import org.camino.security.control.AccessLogChain;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Mission side: with a push, sends HQ an anchor of this node's access log
 * (seq and hash of its head) when the head has moved, at most once a minute
 * unless the push was forced. First it asks HQ for the last anchor HQ holds
 * and shows HQ the hash its log has now at that seq, so that HQ sees a log
 * rewritten since ({@link NodeAnchors}). The access log is read through the
 * security area; this class never sees a key. A failure is logged and never
 * fails the push of records.
 */
@ApplicationScoped
public class AnchorPush {

    public enum Outcome { SENT, UNCHANGED, CONFLICT, FAILED }

    private static final Logger LOG = Logger.getLogger(AnchorPush.class.getName());
    private static final long MIN_INTERVAL_NANOS = Duration.ofMinutes(1).toNanos();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private long lastSentSeq = -1;
    private long lastTriedAt = System.nanoTime() - MIN_INTERVAL_NANOS;

    @Inject
    NodeLink link;

    @Inject
    AccessLog accessLog;

    public synchronized Outcome sendIfMoved(boolean force) {
        Optional<AccessLogChain.Anchor> head = accessLog.head();
        if (head.isEmpty() || head.get().seq() == lastSentSeq
                || (!force && System.nanoTime() - lastTriedAt < MIN_INTERVAL_NANOS)) {
            return Outcome.UNCHANGED;
        }
        lastTriedAt = System.nanoTime(); // a failure is tried again (and logged) a minute later, not at every push
        try {
            NodeLink.Target target = link.target();
            JsonObjectBuilder anchor = Json.createObjectBuilder().add("seq", head.get().seq()).add("head", head.get().hash());
            HttpResponse<String> last = http.send(request(target, "/api/cdr/anchors/last").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (last.statusCode() == 200) {
                long seq = read(last.body()).getJsonNumber("seq").longValue();
                anchor.add("confirmsSeq", seq);
                accessLog.hashAt(seq).ifPresentOrElse(hash -> anchor.add("confirmsHead", hash),
                        () -> anchor.addNull("confirmsHead"));
            } else if (last.statusCode() != 204) {
                LOG.warning("Access-log anchor not sent: HQ answered HTTP " + last.statusCode() + " for its last anchor");
                return Outcome.FAILED;
            }
            HttpResponse<String> sent = http.send(request(target, "/api/cdr/anchors")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(anchor.build().toString())).build(), HttpResponse.BodyHandlers.ofString());
            if (sent.statusCode() == 409) {
                LOG.severe("HQ FOUND THIS NODE'S ACCESS LOG REWRITTEN: " + sent.body());
                return Outcome.CONFLICT;
            }
            if (sent.statusCode() != 200) {
                LOG.warning("Access-log anchor not sent: HTTP " + sent.statusCode() + ": " + sent.body());
                return Outcome.FAILED;
            }
            lastSentSeq = head.get().seq();
            return Outcome.SENT;
        } catch (IOException | RuntimeException e) {
            LOG.warning("Access-log anchor not sent to HQ: " + e);
            return Outcome.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.FAILED;
        }
    }

    private static HttpRequest.Builder request(NodeLink.Target target, String path) {
        return HttpRequest.newBuilder(URI.create(target.hqUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + target.credential());
    }

    private static JsonObject read(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
