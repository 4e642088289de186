package org.camino.publishing.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.camino.platform.control.Settings;

import java.util.logging.Logger;

/**
 * Starts builds: of a release just drafted, once its transaction has committed
 * (before, the builder would not see it); and at start-up, of the builds a
 * crash or a stop interrupted (a build saves nothing until it is complete, so
 * starting over counts nothing twice).
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
    void resume() {
        if (!settings.holdsRepository()) {
            return;
        }
        for (long id : store.building()) {
            LOG.info("Release " + id + " was being built when the server stopped: building it again");
            builder.build(id);
        }
    }
}
