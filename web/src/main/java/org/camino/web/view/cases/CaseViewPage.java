package org.camino.web.view.cases;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.cases.boundary.CaseHistory;
import org.camino.cases.boundary.CaseTypes;
import org.camino.cases.boundary.CaseViews.CaseView;
import org.camino.cases.boundary.CaseViews.MemberView;
import org.camino.cases.boundary.CaseWork;
import org.camino.cases.boundary.Cases;
import org.camino.platform.errors.InvalidInputException;
import org.camino.platform.errors.NotFoundException;
import org.camino.web.view.InputProblems;
import org.camino.web.view.Messages;
import org.camino.web.view.Navigation;

import java.io.Serializable;
import java.util.List;

/**
 * Backs /cases/view.xhtml?number=…&amp;tab=…: one case, one tab at a time
 * (each tab is its own address, so only what is shown is loaded). A case the
 * user may not read answers exactly like one that does not exist: the 404
 * page. The editors of the household, movements and workflow steps are
 * {@link HouseholdEditor}, {@link MovementEditor} and {@link WorkflowStep}.
 */
@Named
@ViewScoped
public class CaseViewPage implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final List<String> TABS = List.of("household", "movements", "details", "notes", "history", "status");

    @Inject
    Cases cases;

    @Inject
    CaseWork work;

    @Inject
    CaseHistory caseHistory;

    @Inject
    Navigation navigation;

    private String number;
    private String tab;
    private CaseView view;
    private List<CaseHistory.Change> history;
    private String note;

    /** f:viewAction: loads the case (NotFoundException shows the 404 page). */
    public void open() {
        if (number == null || number.isBlank()) {
            throw new NotFoundException("Case");
        }
        if (tab == null || !TABS.contains(tab)) {
            tab = "household";
        }
        view = cases.find(number);
    }

    /** After a change elsewhere on the page: the case as it is now. */
    public void reload() {
        view = cases.find(view.number());
        history = null;
    }

    public void show(CaseView changed) {
        view = changed;
        history = null;
    }

    public void addNote() {
        try {
            view = work.addNote(view.number(), note);
            note = null;
            Messages.info("note.added");
        } catch (InvalidInputException e) {
            InputProblems.show("notes", e);
        }
    }

    public List<CaseHistory.Change> getHistory() {
        if (history == null) {
            history = caseHistory.of(view.number());
        }
        return history;
    }

    /** One line per damaged field of the case (DamagedFields). */
    public List<String> getDamagedFields() {
        return DamagedFields.lines(view.damagedFields());
    }

    public MemberView getPrincipal() {
        return view.household().stream().filter(MemberView::principal).findFirst().orElse(null);
    }

    public boolean isClosed() {
        return CaseTypes.isClosed(view.type(), view.status());
    }

    /**
     * Editing is offered to those who may register cases of this type, on an open case (a closed one changes
     * only through its workflow: reopen it first); the service decides in the end.
     */
    public boolean isEditable() {
        return !isClosed() && view.purged() == null && navigation.missionsWhere("update", view.type()).contains(view.mission());
    }

    public String status(String status) {
        return Messages.text("status." + status);
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getTab() { return tab; }
    public void setTab(String tab) { this.tab = tab; }
    public CaseView getView() { return view; }
    public List<String> getTabs() { return TABS; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
