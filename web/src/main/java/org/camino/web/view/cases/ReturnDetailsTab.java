package org.camino.web.view.cases;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.platform.errors.ConflictException;
import org.camino.platform.errors.InvalidInputException;
import org.camino.returns.boundary.ReturnView;
import org.camino.returns.boundary.Returns;
import org.camino.web.view.CodeLabels;
import org.camino.web.view.InputProblems;
import org.camino.web.view.Messages;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The programme-details tab of an AVRR case on /cases/view.xhtml: the return
 * details and their editor; the reintegration assistance and the monitoring
 * visits are edited by {@link AssistanceEditor} and {@link MonitoringVisitEditor}.
 * Everything is read and saved through {@link Returns}, which checks the permissions.
 */
@Named
@ViewScoped
public class ReturnDetailsTab implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "avrDetails";

    @Inject
    CaseViewPage page;

    @Inject
    Returns returns;

    @Inject
    CodeLabels codes;

    private ReturnView view;
    private ReturnInput input;
    private Long expectedVersion;
    private EditConflict conflict;

    /** Loaded when the tab is first shown. */
    public ReturnView getView() {
        if (view == null) {
            view = returns.details(page.getView().number());
        }
        return view;
    }

    /** The damaged stored values of the AVRR part, one sentence each (DamagedFields). */
    public List<String> getDamagedFields() {
        return DamagedFields.lines(getView().damagedFields());
    }

    /** After a save on this tab: the AVRR part as saved, and the case (its last change) as it is now. */
    void show(ReturnView changed) {
        view = changed;
        page.reload();
    }

    /** After a refused save: what is stored now. */
    void reload() {
        view = returns.details(page.getView().number());
        page.reload();
    }

    public void edit() {
        ReturnView current = getView();
        expectedVersion = current.version();
        input = ReturnInput.of(current);
        conflict = null;
    }

    public void cancel() {
        input = null;
        conflict = null;
    }

    public void save() {
        if (!InputProblems.validate(FORM, "", input.toForm())) {
            return;
        }
        try {
            show(returns.saveDetails(page.getView().number(), expectedVersion, input.toForm()));
            Messages.info("returns.saved");
            cancel();
        } catch (InvalidInputException e) {
            InputProblems.show(FORM, e);
        } catch (ConflictException e) {
            reload();
            conflict = EditConflict.of(e, view.version() == null ? null : ReturnInput.of(view).values(codes),
                    input.values(codes), page.getView().updatedAt());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** After a conflict: save the user's input over the other change (the user has seen it). */
    public void overwrite() {
        expectedVersion = getView().version();
        conflict = null;
        save();
    }

    /** Several codes of a list as their labels, for reading: "Family reasons, Homesickness"; a dash if none. */
    public String labels(String list, List<String> values) {
        if (values == null || values.isEmpty()) {
            return "—";
        }
        return values.stream().map(v -> codes.label(list, v)).collect(Collectors.joining(", "));
    }

    public boolean isEditing() { return input != null; }
    public ReturnInput getInput() { return input; }
    public EditConflict getConflict() { return conflict; }
}
