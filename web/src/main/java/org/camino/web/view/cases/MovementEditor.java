package org.camino.web.view.cases;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.cases.boundary.CaseViews.MovementView;
import org.camino.cases.boundary.CaseWork;
import org.camino.platform.errors.ConflictException;
import org.camino.platform.errors.InvalidInputException;
import org.camino.web.view.InputProblems;
import org.camino.web.view.Messages;

import java.io.Serializable;

/** The movements tab's editor on /cases/view.xhtml: adds a movement or changes one (dates, status...). */
@Named
@ViewScoped
public class MovementEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "movements";

    @Inject
    CaseViewPage page;

    @Inject
    CaseWork work;

    private Long movementId;
    private long expectedVersion;
    private MovementInput movement;
    private EditConflict conflict;

    public void edit(MovementView existing) {
        movementId = existing.id();
        expectedVersion = existing.version();
        movement = MovementInput.of(existing);
        conflict = null;
    }

    public void startNew() {
        movementId = null;
        movement = new MovementInput();
        conflict = null;
    }

    public void cancel() {
        movement = null;
        conflict = null;
    }

    public void save() {
        if (!InputProblems.validate(FORM, "movement.", movement.toForm())) {
            return;
        }
        try {
            String number = page.getView().number();
            page.show(movementId == null ? work.addMovement(number, movement.toForm())
                    : work.updateMovement(number, movementId, expectedVersion, movement.toForm()));
            Messages.info(movementId == null ? "movement.added" : "movement.saved");
            cancel();
        } catch (InvalidInputException e) {
            InputProblems.show(FORM, e);
        } catch (ConflictException e) {
            page.reload();
            MovementView current = current();
            conflict = EditConflict.of(e, current == null ? null : MovementInput.of(current).values(), movement.values(),
                    page.getView().updatedAt());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** After a conflict: save the user's input over the other change (the user has seen it). */
    public void overwrite() {
        MovementView current = current();
        if (current != null) {
            expectedVersion = current.version();
        }
        conflict = null;
        save();
    }

    private MovementView current() {
        return page.getView().movements().stream().filter(m -> movementId != null && m.id() == movementId)
                .findFirst().orElse(null);
    }

    public boolean isOpen() { return movement != null; }
    public boolean isAdding() { return movementId == null; }
    public MovementInput getMovement() { return movement; }
    public EditConflict getConflict() { return conflict; }
}
