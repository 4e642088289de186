package org.camino.web.view.cases;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.platform.errors.ConflictException;
import org.camino.platform.errors.InvalidInputException;
import org.camino.resettlement.boundary.ResettlementView.StageView;
import org.camino.resettlement.boundary.Resettlements;
import org.camino.resettlement.boundary.StageForm;
import org.camino.web.view.CodeLabels.Option;
import org.camino.web.view.CodeLabels;
import org.camino.web.view.Formats;
import org.camino.web.view.InputProblems;
import org.camino.web.view.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The processing stages' editor on a resettlement case's details tab: records
 * a stage reached (only stages not recorded yet are offered) or corrects the
 * date of one. The order of the stages is the service's rule; a date out of
 * order comes back as a message beside the date.
 */
@Named
@ViewScoped
public class StageEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "rstStages";

    @Inject
    CaseViewPage page;

    @Inject
    ResettlementDetailsTab tab;

    @Inject
    Resettlements resettlements;

    @Inject
    CodeLabels codes;

    @Inject
    Formats fmt;

    private boolean open;
    private boolean adding;
    private String stage;
    private LocalDate reachedOn;
    private Long expectedVersion;
    private EditConflict conflict;

    public void startNew() {
        stage = null;
        reachedOn = null;
        expectedVersion = null;
        adding = true;
        open = true;
        conflict = null;
    }

    public void edit(StageView existing) {
        stage = existing.stage();
        reachedOn = existing.reachedOn();
        expectedVersion = existing.version();
        adding = false;
        open = true;
        conflict = null;
    }

    public void cancel() {
        open = false;
        conflict = null;
    }

    public void save() {
        StageForm form = new StageForm(stage, reachedOn);
        if (!InputProblems.validate(FORM, "", form)) {
            return;
        }
        try {
            tab.show(resettlements.saveStage(page.getView().number(), expectedVersion, form));
            Messages.info(adding ? "resettlement.stage.added" : "resettlement.stage.saved");
            cancel();
        } catch (InvalidInputException e) {
            InputProblems.show(FORM, e);
        } catch (ConflictException e) {
            tab.reload();
            StageView current = tab.stage(stage);
            conflict = EditConflict.of(e, current == null ? null : Map.of("reachedOn", fmt.date(current.reachedOn())),
                    Map.of("reachedOn", fmt.date(reachedOn)), page.getView().updatedAt());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** After a conflict: save the user's date over the other one (the user has seen it). */
    public void overwrite() {
        StageView current = tab.stage(stage);
        expectedVersion = current == null ? null : current.version();
        conflict = null;
        save();
    }

    /** The stages a new record may be for: those not recorded yet (and the one chosen, whatever happened meanwhile). */
    public List<Option> getStageOptions() {
        Set<String> recorded = tab.getView().stages().stream().map(StageView::stage).collect(Collectors.toSet());
        return codes.options("RESETTLEMENT_STAGE").stream()
                .filter(o -> !recorded.contains(o.code()) || o.code().equals(stage)).toList();
    }

    /** True when every stage is recorded: nothing is left to add. */
    public boolean isComplete() {
        return tab.getView().stages().size() >= codes.options("RESETTLEMENT_STAGE").size();
    }

    public boolean isOpen() { return open; }
    public boolean isAdding() { return adding; }
    public EditConflict getConflict() { return conflict; }
    public String getStage() { return stage; }
    public void setStage(String stage) { this.stage = stage; }
    public LocalDate getReachedOn() { return reachedOn; }
    public void setReachedOn(LocalDate reachedOn) { this.reachedOn = reachedOn; }
}
