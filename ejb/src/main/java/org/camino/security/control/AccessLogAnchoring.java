package org.camino.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
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

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anchors the access log at start-up, every CAMINO_ACCESS_LOG_ANCHOR_MINUTES
 * (default 10) when its head has moved, and at shutdown. Each server has its
 * own non-persistent timer and writes its own anchors.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AccessLogAnchoring {

    private static final Logger LOG = Logger.getLogger(AccessLogAnchoring.class.getName());

    @Resource
    TimerService timers;

    @Inject
    Settings settings;

    @Inject
    AccessLogAnchors anchors;

    /** Its own connection, not AccessLog's: at shutdown the other beans may be stopped before this one. */
    @Resource(lookup = "java:jboss/datasources/CaminoDS")
    DataSource dataSource;

    @PostConstruct
    void start() {
        anchor("start-up");
        long interval = settings.get("CAMINO_ACCESS_LOG_ANCHOR_MINUTES").map(Long::parseLong).orElse(10L) * 60_000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("access-log-anchor", false));
    }

    @Timeout
    void tick() {
        anchor("timer");
    }

    @PreDestroy
    void stop() {
        anchor("shutdown");
    }

    private void anchor(String occasion) {
        try (Connection c = dataSource.getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select seq, hash from access_log order by seq desc limit 1")) {
            anchors.anchorIfMoved(rs.next() ? Optional.of(new AccessLogChain.Anchor(rs.getLong(1), rs.getString(2),
                    "the database")) : Optional.empty(), occasion);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "The access log could not be anchored (" + occasion + ")", e);
        }
    }
}
