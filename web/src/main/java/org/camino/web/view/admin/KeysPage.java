package org.camino.web.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.platform.errors.RefusedException;
import org.camino.rotation.boundary.KeyRotation;
import org.camino.rotation.boundary.RotationStatus;
import org.camino.web.view.Messages;

import java.io.Serializable;
import java.util.function.Supplier;

/** Backs /admin/keys.xhtml: the current key, what still needs rotating, and the rotation job with its progress. */
@Named
@ViewScoped
public class KeysPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient KeyRotation keyRotation;

    private RotationStatus status;

    @PostConstruct
    void load() {
        status = keyRotation.status();
    }

    /** Called by the poll every 2 s while the job runs. */
    public void refresh() {
        status = keyRotation.status();
    }

    public void start() {
        act(keyRotation::start, "keys.started");
    }

    public void restart() {
        act(keyRotation::restart, "keys.restarted");
    }

    public void stop() {
        act(keyRotation::stop, "keys.stopping");
    }

    private void act(Supplier<RotationStatus> action, String doneKey) {
        try {
            status = action.get();
            Messages.info(doneKey);
        } catch (RefusedException e) {
            Messages.error(null, e.messageKey());
            status = keyRotation.status();
        }
    }

    public RotationStatus getStatus() { return status; }
    public boolean isRunning() { return status.running(); }
    public boolean isRestartable() { return status.restartable(); }
    public String getKeyIds() { return String.join(", ", status.keyIds()); }
    public String getStateText() { return Messages.text("keys.state." + status.state()); }
}
