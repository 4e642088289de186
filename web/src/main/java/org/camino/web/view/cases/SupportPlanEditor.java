package org.camino.web.view.cases;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.platform.errors.ConflictException;
import org.camino.platform.errors.InvalidInputException;
import org.camino.trafficking.boundary.SupportPlanItemForm;
import org.camino.trafficking.boundary.TraffickingCases;
import org.camino.trafficking.boundary.TraffickingView.SupportPlanItemView;
import org.camino.web.view.CodeLabels;
import org.camino.web.view.Formats;
import org.camino.web.view.InputProblems;
import org.camino.web.view.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adds a support plan item or changes one (typically to record when the
 * support was delivered) on the counter-trafficking details tab. A change
 * made on an outdated item keeps the input and shows an {@link EditConflict}.
 */
@Named
@ViewScoped
public class SupportPlanEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "supportPlan";

    @Inject
    TraffickingDetailsTab tab;

    @Inject
    TraffickingCases trafficking;

    @Inject
    CodeLabels codes;

    @Inject
    Formats fmt;

    private boolean open;
    private Long itemId;
    private long expectedVersion;
    private String type;
    private LocalDate plannedEndDate;
    private LocalDate actualEndDate;
    private EditConflict conflict;

    public void edit(SupportPlanItemView item) {
        open = true;
        itemId = item.id();
        expectedVersion = item.version();
        type = item.type();
        plannedEndDate = item.plannedEndDate();
        actualEndDate = item.actualEndDate();
        conflict = null;
    }

    public void startNew() {
        open = true;
        itemId = null;
        type = null;
        plannedEndDate = null;
        actualEndDate = null;
        conflict = null;
    }

    public void cancel() {
        open = false;
        conflict = null;
    }

    public void save() {
        SupportPlanItemForm form = new SupportPlanItemForm(type, plannedEndDate, actualEndDate);
        if (!InputProblems.validate(FORM, "", form)) {
            return;
        }
        try {
            tab.show(itemId == null ? trafficking.addSupportPlanItem(tab.number(), form)
                    : trafficking.updateSupportPlanItem(tab.number(), itemId, expectedVersion, form));
            Messages.info(itemId == null ? "trafficking.supportPlan.added" : "trafficking.supportPlan.saved");
            cancel();
        } catch (InvalidInputException e) {
            InputProblems.show(FORM, e);
        } catch (ConflictException e) {
            tab.reload();
            SupportPlanItemView current = current();
            conflict = EditConflict.of(e, current == null ? null
                            : values(current.type(), current.plannedEndDate(), current.actualEndDate()),
                    values(type, plannedEndDate, actualEndDate), tab.caseUpdatedAt());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** After a conflict: save the user's input over the other change (the user has seen it). */
    public void overwrite() {
        SupportPlanItemView current = current();
        if (current != null) {
            expectedVersion = current.version();
        }
        conflict = null;
        save();
    }

    private SupportPlanItemView current() {
        return tab.getDetails().supportPlan().stream().filter(i -> itemId != null && i.id() == itemId)
                .findFirst().orElse(null);
    }

    private Map<String, Object> values(String itemType, LocalDate planned, LocalDate actual) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("type", codes.label("SUPPORT_PLAN_TYPE", itemType));
        v.put("plannedEndDate", fmt.date(planned));
        v.put("actualEndDate", fmt.date(actual));
        return v;
    }

    public boolean isOpen() { return open; }
    public boolean isAdding() { return itemId == null; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public LocalDate getPlannedEndDate() { return plannedEndDate; }
    public void setPlannedEndDate(LocalDate plannedEndDate) { this.plannedEndDate = plannedEndDate; }
    public LocalDate getActualEndDate() { return actualEndDate; }
    public void setActualEndDate(LocalDate actualEndDate) { this.actualEndDate = actualEndDate; }
    public EditConflict getConflict() { return conflict; }
}
