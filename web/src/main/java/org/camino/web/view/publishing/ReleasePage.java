package org.camino.web.view.publishing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.platform.errors.ConflictException;
import org.camino.platform.errors.InvalidInputException;
import org.camino.platform.errors.NotFoundException;
import org.camino.platform.errors.RefusedException;
import org.camino.publishing.boundary.Publications;
import org.camino.publishing.boundary.ReleaseView;
import org.camino.web.view.Messages;

import java.io.Serializable;

/**
 * Backs /publishing/release.xhtml?id=N: one release with its build progress
 * (polled while it builds), its tables with true and published counts, its
 * audit report, and the publisher's decision: publish, or send back with a
 * reason. The analyst may discard their draft.
 */
@Named
@ViewScoped
public class ReleasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Publications publications;

    private long id;
    private transient ReleaseView release;
    /** The version of the release the user is looking at: a decision on an older one is refused, never silently applied. */
    private long rowVersion;
    private String reason;

    @PostConstruct
    void open() {
        String parameter = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            id = Long.parseLong(parameter == null ? "" : parameter.trim());
        } catch (NumberFormatException e) {
            throw new NotFoundException("Release");
        }
        reload();
    }

    private void reload() {
        release = publications.release(id, ReleasesPage.language());
        rowVersion = release.rowVersion();
    }

    /** Called by the poll while the release builds; reloads the whole page once it is built. */
    public void poll() {
        reload();
        if (!"BUILDING".equals(release.status())) {
            // the tables and the audit appear with the page's full render
            FacesContext.getCurrentInstance().getPartialViewContext().getEvalScripts().add("window.location.reload()");
        }
    }

    public void publish() {
        decide(() -> publications.publish(id, rowVersion, ReleasesPage.language()), "publishing.published");
    }

    public void reject() {
        decide(() -> publications.reject(id, rowVersion, reason, ReleasesPage.language()), "publishing.rejected");
    }

    public void discard() {
        decide(() -> publications.discard(id, rowVersion, ReleasesPage.language()), "publishing.discarded");
    }

    private void decide(java.util.function.Supplier<ReleaseView> decision, String done) {
        try {
            release = decision.get();
            rowVersion = release.rowVersion();
            Messages.info(done);
        } catch (InvalidInputException e) {
            Messages.show("decision", e);
        } catch (RefusedException e) {
            Messages.error(null, e.messageKey());
        } catch (ConflictException e) {
            Messages.error(null, "publishing.changed");
            reload();
        }
    }

    public ReleaseView getRelease() {
        if (release == null) {
            reload();
        }
        return release;
    }

    public long getId() { return id; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
