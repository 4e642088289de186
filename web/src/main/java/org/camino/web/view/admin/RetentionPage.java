package org.camino.web.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.platform.errors.ConflictException;
import org.camino.platform.errors.InvalidInputException;
import org.camino.platform.errors.RefusedException;
import org.camino.retention.boundary.Retention;
import org.camino.web.view.Messages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs /admin/retention.xhtml: the days each case type keeps its personal
 * data after closure, saved one row at a time on the version the page showed
 * (as the Workflows page), the state of the purge and "Purge now".
 */
@Named
@RequestScoped
public class RetentionPage {

    @Inject
    Retention retention;

    private List<Retention.RetentionPeriod> periods;
    private Retention.PurgeStatus status;
    private final Map<String, Integer> days = new HashMap<>();
    private final Map<String, Integer> versions = new HashMap<>();

    @PostConstruct
    void load() {
        periods = retention.periods();
        status = retention.status();
        days.clear();
        versions.clear();
        for (Retention.RetentionPeriod period : periods) {
            days.put(period.caseType(), period.retentionDays());
            versions.put(period.caseType(), period.version());
        }
    }

    /** Saves the row's days; a wrong value is shown beside its field, a conflict at the top. */
    public void save(Retention.RetentionPeriod period, int row) {
        String field = "periods:table:" + row + ":retentionDays";
        try {
            Retention.RetentionPeriod saved = retention.change(period.caseType(), days.get(period.caseType()),
                    versions.get(period.caseType()));
            Messages.info("retention.saved", Messages.text("area." + saved.area()), saved.retentionDays());
            load();
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> Messages.error(p.field().equals("retentionDays") ? field : null, p.messageKey()));
            FacesContext.getCurrentInstance().validationFailed();
        } catch (ConflictException e) {
            Messages.error(null, "retention.conflict", e.changedBy());
            load();
        }
    }

    public void purgeNow() {
        try {
            Retention.PurgeRun run = retention.purgeNow();
            Messages.info("retention.purge.done", run.purged());
        } catch (RefusedException e) {
            Messages.error(null, e.messageKey());
        }
        load();
    }

    public List<Retention.RetentionPeriod> getPeriods() { return periods; }
    public Retention.PurgeStatus getStatus() { return status; }
    public Map<String, Integer> getDays() { return days; }
    public Map<String, Integer> getVersions() { return versions; }
}
