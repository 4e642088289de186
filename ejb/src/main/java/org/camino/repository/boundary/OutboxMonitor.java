package org.camino.repository.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.camino.platform.control.Settings;
import org.camino.platform.errors.NotFoundException;
import org.camino.repository.control.Pusher;
import org.camino.security.control.AccessControl;
import org.camino.security.control.AccessLog;
import org.camino.security.control.BatchSignatures;
import org.camino.security.control.Guarded;
import org.camino.security.control.ScopedAccess;

import javax.sql.DataSource;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The outbox of a mission node, for mission managers (their missions) and
 * administrators (all): what waits to be sent, the last successful push,
 * errors, and "send now".
 */
@Stateless
@Guarded
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxMonitor {

    /** {@code signingKey}: this node's public key, which HQ registers to verify its batch files (null: none). */
    public record OutboxView(List<OutboxQueries.Backlog> missions, OutboxQueries.PushState push,
                             List<OutboxQueries.Attempt> attempts, String signingKey) implements Serializable {
    }

    /** What "send now" did: whether this server pushed (another may have been pushing), batches and records sent. */
    public record PushResult(boolean pushed, int batches, int records, String error) {
    }

    @Inject
    OutboxQueries queries;

    @Inject
    Pusher pusher;

    @Inject
    Settings settings;

    @Inject
    BatchSignatures signatures;

    @Inject
    AccessControl accessControl;

    @Inject
    AccessLog accessLog;

    @Resource(lookup = "java:jboss/datasources/CaminoDS")
    DataSource dataSource;

    @ScopedAccess("outbox:read on each listed mission")
    public OutboxView status() {
        List<String> missions = visible("read");
        if (missions.isEmpty()) {
            accessControl.deny(accessControl.caller(), "outbox:read", "outbox");
        }
        return new OutboxView(queries.backlog(missions), queries.state(), queries.recentAttempts(20),
                signatures.publicKey().orElse(null));
    }

    /** Pushes the outbox now, whatever the backoff says (the node's records of every mission go together). */
    @ScopedAccess("outbox:send on at least one mission of this node")
    public PushResult sendNow() {
        if (visible("send").isEmpty()) {
            accessControl.deny(accessControl.caller(), "outbox:send", "outbox");
        }
        accessLog.record(AccessLog.Event.CDR_PUSH_REQUESTED, accessControl.caller().username(), "outbox", null);
        Pusher.Summary summary = pusher.push(true);
        return new PushResult(summary.claimed(), summary.batches(), summary.records(), summary.error());
    }

    private List<String> visible(String action) {
        accessControl.caller();
        if (!settings.holdsCases()) {
            throw new NotFoundException("Outbox");
        }
        List<String> missions = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select code from mission order by code");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                missions.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return missions.stream().filter(m -> accessControl.isPermitted("outbox:" + action + ":" + m.toLowerCase(Locale.ROOT)))
                .toList();
    }
}
