package org.camino.web.view.cases;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.platform.errors.InvalidInputException;
import org.camino.returns.boundary.ReturnView.MonitoringVisitView;
import org.camino.returns.boundary.Returns;
import org.camino.web.view.CodeLabels.Option;
import org.camino.web.view.CodeLabels;
import org.camino.web.view.InputProblems;
import org.camino.web.view.Messages;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Records a reintegration monitoring visit on an AVRR case's details tab: which
 * visit, when, the economic, social and psychosocial scores (0 to 1) and notes.
 * The service computes the mean score; a visit is recorded once, never changed.
 */
@Named
@ViewScoped
public class MonitoringVisitEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "avrVisits";

    @Inject
    CaseViewPage page;

    @Inject
    ReturnDetailsTab tab;

    @Inject
    Returns returns;

    @Inject
    CodeLabels codes;

    private MonitoringVisitInput visit;

    public void startNew() {
        visit = new MonitoringVisitInput();
    }

    public void cancel() {
        visit = null;
    }

    public void save() {
        if (!InputProblems.validate(FORM, "", visit.toForm())) {
            return;
        }
        try {
            tab.show(returns.addMonitoringVisit(page.getView().number(), visit.toForm()));
            Messages.info("returns.visit.added");
            cancel();
        } catch (InvalidInputException e) {
            InputProblems.show(FORM, e);
        }
    }

    /** The visits not recorded yet (and the one chosen, whatever happened meanwhile). */
    public List<Option> getVisitOptions() {
        Set<String> recorded = tab.getView().monitoringVisits().stream().map(MonitoringVisitView::visit)
                .collect(Collectors.toSet());
        return codes.options("MONITORING_VISIT").stream()
                .filter(o -> !recorded.contains(o.code()) || (visit != null && o.code().equals(visit.getVisit()))).toList();
    }

    /** True when every visit is recorded: nothing is left to add. */
    public boolean isComplete() {
        return tab.getView().monitoringVisits().size() >= codes.options("MONITORING_VISIT").size();
    }

    public boolean isOpen() { return visit != null; }
    public MonitoringVisitInput getVisit() { return visit; }
}
