package org.camino.imports.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.logging.Logger;

/**
 * Resumes imports whose run stopped: every minute, an import still importing
 * whose last chunk committed more than {@value #SILENT_SECONDS} s ago (the
 * server crashed or restarted, or a chunk failed) is claimed, by moving its
 * heartbeat in one UPDATE that only one server can win, and run again; it
 * skips the rows already written.
 */
@Singleton
public class ImportRecovery {

    static final int SILENT_SECONDS = 120;
    private static final Logger LOG = Logger.getLogger(ImportRecovery.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ImportRunner runner;

    @Schedule(minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void resumeStopped() {
        @SuppressWarnings("unchecked")
        List<Number> stopped = em.createNativeQuery("""
                update import_file set heartbeat_at = now()
                 where id in (select id from import_file where status = 'IMPORTING'
                                and heartbeat_at < now() - make_interval(secs => ?1)
                              for update skip locked)
                returning id""").setParameter(1, SILENT_SECONDS).getResultList();
        for (Number id : stopped) {
            LOG.info(() -> "Resuming import " + id);
            runner.run(id.longValue(), null);
        }
    }
}
