package org.camino.web.view.cases;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.platform.errors.ConflictException;
import org.camino.platform.errors.InvalidInputException;
import org.camino.resettlement.boundary.ResettlementForm;
import org.camino.resettlement.boundary.ResettlementView.StageView;
import org.camino.resettlement.boundary.ResettlementView;
import org.camino.resettlement.boundary.Resettlements;
import org.camino.web.view.CodeLabels;
import org.camino.web.view.InputProblems;
import org.camino.web.view.Messages;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The programme-details tab of a resettlement case on /cases/view.xhtml: the
 * resettlement details (country, referral source) and their editor; the
 * processing stages are edited by {@link StageEditor}. Everything is read and
 * saved through {@link Resettlements}, which checks the permissions.
 */
@Named
@ViewScoped
public class ResettlementDetailsTab implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "rstDetails";

    @Inject
    CaseViewPage page;

    @Inject
    Resettlements resettlements;

    @Inject
    CodeLabels codes;

    private ResettlementView view;
    private boolean editing;
    private Long expectedVersion;
    private String resettlementCountry;
    private String referralSource;
    private EditConflict conflict;

    /** Loaded when the tab is first shown. */
    public ResettlementView getView() {
        if (view == null) {
            view = resettlements.details(page.getView().number());
        }
        return view;
    }

    /** After a save here: the details as saved, and the case (its last change) as it is now. */
    void show(ResettlementView changed) {
        view = changed;
        page.reload();
    }

    /** After a refused save: what is stored now. */
    void reload() {
        view = resettlements.details(page.getView().number());
        page.reload();
    }

    StageView stage(String code) {
        return getView().stages().stream().filter(s -> s.stage().equals(code)).findFirst().orElse(null);
    }

    public void edit() {
        ResettlementView current = getView();
        expectedVersion = current.version();
        resettlementCountry = current.resettlementCountry();
        referralSource = current.referralSource();
        editing = true;
        conflict = null;
    }

    public void cancel() {
        editing = false;
        conflict = null;
    }

    public void save() {
        try {
            show(resettlements.saveDetails(page.getView().number(), expectedVersion,
                    new ResettlementForm(resettlementCountry, referralSource)));
            Messages.info("resettlement.saved");
            cancel();
        } catch (InvalidInputException e) {
            InputProblems.show(FORM, e);
        } catch (ConflictException e) {
            reload();
            conflict = EditConflict.of(e, view.version() == null ? null : values(view.resettlementCountry(), view.referralSource()),
                    values(resettlementCountry, referralSource), page.getView().updatedAt());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** After a conflict: save the user's input over the other change (the user has seen it). */
    public void overwrite() {
        expectedVersion = getView().version();
        conflict = null;
        save();
    }

    private Map<String, Object> values(String country, String source) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("resettlementCountry", codes.label("COUNTRY", country));
        v.put("referralSource", codes.label("RESETTLEMENT_REFERRAL_SOURCE", source));
        return v;
    }

    public boolean isEditing() { return editing; }
    public EditConflict getConflict() { return conflict; }
    public String getResettlementCountry() { return resettlementCountry; }
    public void setResettlementCountry(String resettlementCountry) { this.resettlementCountry = resettlementCountry; }
    public String getReferralSource() { return referralSource; }
    public void setReferralSource(String referralSource) { this.referralSource = referralSource; }
}
