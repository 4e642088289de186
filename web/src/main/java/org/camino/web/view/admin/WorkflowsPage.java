package org.camino.web.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.cases.boundary.ExpectedSteps;
import org.camino.platform.errors.ConflictException;
import org.camino.platform.errors.InvalidInputException;
import org.camino.web.view.Messages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs /admin/workflows.xhtml: the days a case is expected to stay in each
 * open status, one row each, saved one row at a time on the version the page
 * showed (someone else's change in between is a conflict, not overwritten).
 */
@Named
@RequestScoped
public class WorkflowsPage {

    @Inject
    ExpectedSteps expectedSteps;

    private List<ExpectedSteps.ExpectedStep> steps;
    private final Map<String, Integer> days = new HashMap<>();
    private final Map<String, Integer> versions = new HashMap<>();

    /** The values as stored; a submitted form then overwrites the maps with what the page held. */
    @PostConstruct
    void load() {
        steps = expectedSteps.all();
        days.clear();
        versions.clear();
        for (ExpectedSteps.ExpectedStep step : steps) {
            days.put(key(step), step.expectedDays());
            versions.put(key(step), step.version());
        }
    }

    /** Saves the row's days; a wrong value is shown beside its field, a conflict at the top. */
    public void save(ExpectedSteps.ExpectedStep step, int row) {
        String key = key(step);
        String field = "steps:table:" + row + ":expectedDays";
        try {
            ExpectedSteps.ExpectedStep saved = expectedSteps.change(step.caseType(), step.status(), days.get(key),
                    versions.get(key));
            Messages.info("expectedDays.saved", Messages.text("area." + saved.area()),
                    Messages.text("status." + saved.status()), saved.expectedDays());
            load();
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> Messages.error(p.field().equals("expectedDays") ? field : null, p.messageKey()));
            FacesContext.getCurrentInstance().validationFailed();
        } catch (ConflictException e) {
            Messages.error(null, "expectedDays.conflict", e.changedBy());
            load();
        }
    }

    public String key(ExpectedSteps.ExpectedStep step) {
        return step.caseType() + ":" + step.status();
    }

    public List<ExpectedSteps.ExpectedStep> getSteps() { return steps; }
    public Map<String, Integer> getDays() { return days; }
    public Map<String, Integer> getVersions() { return versions; }
}
