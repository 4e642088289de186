package org.camino.web.view.cases;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.cases.boundary.CaseTypes;
import org.camino.cases.boundary.Cases;
import org.camino.web.view.Navigation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Backs /cases/list.xhtml: the cases the user may read, of one type or all, 50 to a page. */
@Named
@ViewScoped
public class CaseListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Cases cases;

    @Inject
    Navigation navigation;

    private String type;
    private String assigned;
    private CaseRowsModel rows;
    private List<LocalDate> opened;

    /** Called by f:viewAction once the type parameter is read. */
    public void open() {
        // a type the user may not read is not even named on the page
        type = type == null ? null : CaseTypes.parse(type)
                .filter(t -> navigation.getReadableTypes().contains(t)).orElse(null);
        rows = new CaseRowsModel(cases, type, isAssignedToMe());
    }

    /** The statuses that cases of the chosen type (or of any readable type) can have, for the status filter. */
    public List<String> getStatuses() {
        Set<String> statuses = new LinkedHashSet<>();
        List<String> types = type == null ? navigation.getReadableTypes() : List.of(type);
        for (String t : types) {
            statuses.addAll(CaseTypes.statuses(t));
        }
        return List.copyOf(statuses);
    }

    /** ?assigned=me: only the cases assigned to the user. */
    public boolean isAssignedToMe() {
        return "me".equals(assigned);
    }

    public String getAssigned() { return assigned; }
    public void setAssigned(String assigned) { this.assigned = assigned; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public CaseRowsModel getRows() { return rows; }
    public List<LocalDate> getOpened() { return opened; }
    public void setOpened(List<LocalDate> opened) { this.opened = opened; }
}
