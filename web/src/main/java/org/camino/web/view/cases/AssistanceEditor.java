package org.camino.web.view.cases;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.platform.errors.ConflictException;
import org.camino.platform.errors.InvalidInputException;
import org.camino.returns.boundary.ReturnView.AssistanceView;
import org.camino.returns.boundary.Returns;
import org.camino.web.view.CodeLabels;
import org.camino.web.view.Formats;
import org.camino.web.view.InputProblems;
import org.camino.web.view.Messages;

import java.io.Serializable;

/**
 * The reintegration plan's editor on an AVRR case's details tab: adds an
 * assistance item or changes one (typically to record its delivery). A change
 * made on an item someone else saved meanwhile is refused, the input kept.
 */
@Named
@ViewScoped
public class AssistanceEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "avrAssistance";

    @Inject
    CaseViewPage page;

    @Inject
    ReturnDetailsTab tab;

    @Inject
    Returns returns;

    @Inject
    CodeLabels codes;

    @Inject
    Formats fmt;

    private Long itemId;
    private long expectedVersion;
    private AssistanceInput item;
    private EditConflict conflict;

    public void startNew() {
        itemId = null;
        item = new AssistanceInput();
        conflict = null;
    }

    public void edit(AssistanceView existing) {
        itemId = existing.id();
        expectedVersion = existing.version();
        item = AssistanceInput.of(existing);
        conflict = null;
    }

    public void cancel() {
        item = null;
        conflict = null;
    }

    public void save() {
        if (!InputProblems.validate(FORM, "", item.toForm())) {
            return;
        }
        try {
            String number = page.getView().number();
            tab.show(itemId == null ? returns.addAssistance(number, item.toForm())
                    : returns.updateAssistance(number, itemId, expectedVersion, item.toForm()));
            Messages.info(itemId == null ? "returns.assistance.added" : "returns.assistance.saved");
            cancel();
        } catch (InvalidInputException e) {
            InputProblems.show(FORM, e);
        } catch (ConflictException e) {
            tab.reload();
            AssistanceView current = current();
            conflict = EditConflict.of(e, current == null ? null : AssistanceInput.of(current).values(codes, fmt),
                    item.values(codes, fmt), page.getView().updatedAt());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** After a conflict: save the user's input over the other change (the user has seen it). */
    public void overwrite() {
        AssistanceView current = current();
        if (current != null) {
            expectedVersion = current.version();
        }
        conflict = null;
        save();
    }

    private AssistanceView current() {
        return tab.getView().assistance().stream().filter(a -> itemId != null && a.id() == itemId).findFirst().orElse(null);
    }

    public boolean isOpen() { return item != null; }
    public boolean isAdding() { return itemId == null; }
    public AssistanceInput getItem() { return item; }
    public EditConflict getConflict() { return conflict; }
}
