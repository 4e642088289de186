package org.camino.web.view.cdr;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.cases.boundary.StatisticalLoad;
import org.camino.platform.errors.RefusedException;
import org.camino.repository.boundary.OutboxMonitor;
import org.camino.web.view.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * Backs /cdr/outbox.xhtml, for mission managers (their missions) and
 * administrators: what waits to be sent to HQ, the last successful push,
 * errors, "send now", and the initial load of a mission with its progress.
 */
@Named
@ViewScoped
public class OutboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OutboxMonitor monitor;

    @Inject
    transient StatisticalLoad load;

    private OutboxMonitor.OutboxView status;

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

    /** The mission's latest initial load, or null. */
    public StatisticalLoad.LoadRun latestLoad(String mission) {
        List<StatisticalLoad.LoadRun> runs = load.status(mission);
        return runs.isEmpty() ? null : runs.get(0);
    }

    public OutboxMonitor.OutboxView getStatus() { return status; }
}
