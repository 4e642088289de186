package org.camino.repository.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.camino.platform.control.Settings;
import org.camino.security.control.BatchSignatures;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The EJB timer that pushes the outbox every CAMINO_CDR_PUSH_INTERVAL_SECONDS
 * on a node that holds cases. Each server has its own (non-persistent) timer;
 * the claim in {@code cdr_push_state} makes one of them push at a time. In
 * {@code both} mode without CAMINO_HQ_URL it first issues itself a loopback
 * node credential, kept in memory only.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PushSchedule {

    private static final Logger LOG = Logger.getLogger(PushSchedule.class.getName());

    @Resource
    TimerService timers;

    @Inject
    Settings settings;

    @Inject
    Pusher pusher;

    @Inject
    NodeLink link;

    @Inject
    NodeCredentials credentials;

    @Inject
    BatchSignatures signatures;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void start() {
        if (!settings.holdsCases()) {
            return;
        }
        if (link.loopback()) {
            String node = "loopback@" + System.getProperty("jboss.node.name", "camino");
            link.useLoopbackCredential(credentials.issue(node, List.of(NodeCredentials.ALL_MISSIONS_OF_THIS_SERVER),
                    "system"));
            // this server's batch files verify at this same server, as a pushed batch does
            signatures.publicKey().ifPresent(key -> {
                if (credentials.registerSigningKey(node, key) == NodeCredentials.Registration.KEY_OF_ANOTHER_NODE) {
                    LOG.warning("The batch signing key of this server is registered for another node; its files"
                            + " import as that node's");
                }
            });
        }
        long interval = settings.cdrPushIntervalSeconds() * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("cdr-push", false));
    }

    @Timeout
    void tick() {
        if (!running.compareAndSet(false, true)) {
            return; // the previous push of this server is still going
        }
        try {
            pusher.push(false);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Push of statistical records failed", e);
        } finally {
            running.set(false);
        }
    }
}
