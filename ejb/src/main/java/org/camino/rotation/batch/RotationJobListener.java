package org.camino.rotation.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.rotation.control.RotationStore;
import org.camino.security.control.AccessLog;

import java.util.List;

/** Writes the end of every execution of the job to the access log, in the name of the administrator who started it. */
@Named("keyRotationJobListener")
@Dependent
public class RotationJobListener extends AbstractJobListener {

    @Inject
    JobContext jobContext;

    @Inject
    RotationStore store;

    @Inject
    AccessLog accessLog;

    @Inject
    @BatchProperty
    String startedBy;

    @Override
    public void afterJob() {
        List<RotationStore.Progress> tables = store.progress(jobContext.getInstanceId());
        long total = tables.stream().mapToLong(RotationStore.Progress::rowsTotal).sum();
        long done = tables.stream().mapToLong(RotationStore.Progress::rowsDone).sum();
        long rotated = tables.stream().mapToLong(RotationStore.Progress::valuesRotated).sum();
        long indexes = tables.stream().mapToLong(RotationStore.Progress::indexesRecomputed).sum();
        long unreadable = tables.stream().mapToLong(RotationStore.Progress::valuesUnreadable).sum();
        accessLog.record(AccessLog.Event.KEY_ROTATION_FINISHED, startedBy, "key-rotation:" + jobContext.getInstanceId(),
                jobContext.getBatchStatus() + ": " + done + "/" + total + " rows, " + rotated + " values re-encrypted, "
                        + indexes + " indexes recomputed, " + unreadable + " unreadable");
    }
}
