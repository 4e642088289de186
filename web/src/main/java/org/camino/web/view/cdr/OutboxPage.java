package org.camino.web.view.cdr;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.cases.boundary.StatisticalLoad;
import org.camino.platform.errors.RefusedException;
import org.camino.repository.boundary.BatchFiles;
import org.camino.repository.boundary.OutboxMonitor;
import org.camino.web.view.FileDownloads;
import org.camino.web.view.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Backs /cdr/outbox.xhtml, for mission managers (their missions) and
 * administrators: what waits to be sent to HQ, the last successful push,
 * errors, "send now", the initial load of a mission with its progress, and
 * the signed batch file of a mission without connectivity.
 */
@Named
@ViewScoped
public class OutboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OutboxMonitor monitor;

    @Inject
    transient StatisticalLoad load;

    @Inject
    transient BatchFiles files;

    private OutboxMonitor.OutboxView status;
    /** The last sequence number of the previous file, to export the records after it (0: from the oldest). */
    private long exportAfter;

    @PostConstruct
    void refresh() {
        status = monitor.status();
    }

    public void sendNow() {
        OutboxMonitor.PushResult result = monitor.sendNow();
        if (result.error() != null) {
            Messages.error(null, "cdr.outbox.sendFailed");
        } else {
            Messages.info("cdr.outbox.sent");
        }
        refresh();
    }

    public void startLoad(String mission) {
        try {
            load.start(mission);
            Messages.info("cdr.load.started");
        } catch (RefusedException e) {
            Messages.error(null, e.messageKey());
        }
        refresh();
    }

    /** The mission's unacknowledged records (the oldest after {@link #exportAfter}, as many as a file holds) as a signed file to carry to HQ. */
    public void exportFile(String mission) throws IOException {
        try {
            BatchFiles.ExportedFile file = files.export(mission, exportAfter, BatchFiles.DEFAULT_RECORDS);
            FileDownloads.send(file.filename(), "application/json", file.content().getBytes(StandardCharsets.UTF_8));
        } catch (RefusedException e) {
            Messages.error(null, e.messageKey());
        }
    }

    /** The mission's latest initial load, or null. */
    public StatisticalLoad.LoadRun latestLoad(String mission) {
        List<StatisticalLoad.LoadRun> runs = load.status(mission);
        return runs.isEmpty() ? null : runs.get(0);
    }

    public OutboxMonitor.OutboxView getStatus() { return status; }
    public long getExportAfter() { return exportAfter; }
    public void setExportAfter(long exportAfter) { this.exportAfter = Math.max(0, exportAfter); }
}
