package org.camino.publishing.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.camino.platform.control.Settings;

import java.util.logging.Logger;

/**
 * Starts builds: of a release just drafted, once its transaction has committed
 * (before, the builder would not see it); and, at start-up and every 30
 * seconds, of the builds a crash or a stop interrupted, on this server or
 * another (their builder's lease ran out). A build saves nothing until it is
 * complete, so starting over counts nothing twice; two servers never build
 * the same release at once (the lease), and if a slow one outlives its lease,
 * only the first to finish saves.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class ReleaseBuilds {

    private static final Logger LOG = Logger.getLogger(ReleaseBuilds.class.getName());

    @Inject
    Settings settings;

    @Inject
    ReleaseStore store;

    @Inject
    ReleaseBuilder builder;

    public void drafted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReleaseDrafted drafted) {
        builder.build(drafted.id());
    }

    @PostConstruct
    void atStartUp() {
        resume();
    }

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    public void resume() {
        if (!settings.holdsRepository()) {
            return;
        }
        for (long id : store.interrupted()) {
            LOG.info("Release " + id + " stopped being built (its builder gave no news for two minutes): building it again");
            builder.build(id);
        }
    }
}
