package org.camino.web.view.cases;

import org.camino.trafficking.boundary.HtcdsRules;
import org.camino.trafficking.boundary.TraffickingForm;
import org.camino.trafficking.boundary.TraffickingView;
import org.camino.web.view.CodeLabels;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTCDS victim context as being typed; becomes the service's
 * {@link TraffickingForm}. A conditional field whose condition the user took
 * away (the industry without forced labour, the kinds of sexual exploitation
 * without sexual exploitation) is hidden, so it is not sent either.
 */
public class TraffickingInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private String traffickingStatus;
    private String statusDecidedBy;
    private List<String> exploitationTypes = new ArrayList<>();
    private String forcedLabourIndustry;
    private List<String> sexExploitationTypes = new ArrayList<>();
    private List<String> controlMethods = new ArrayList<>();
    private List<String> recruitmentMethods = new ArrayList<>();
    private String relationshipToTrafficker;
    private String narrative;

    public static TraffickingInput of(TraffickingView v) {
        TraffickingInput in = new TraffickingInput();
        in.traffickingStatus = v.traffickingStatus();
        in.statusDecidedBy = v.statusDecidedBy();
        in.exploitationTypes = new ArrayList<>(v.exploitationTypes());
        in.forcedLabourIndustry = v.forcedLabourIndustry();
        in.sexExploitationTypes = new ArrayList<>(v.sexExploitationTypes());
        in.controlMethods = new ArrayList<>(v.controlMethods());
        in.recruitmentMethods = new ArrayList<>(v.recruitmentMethods());
        in.relationshipToTrafficker = v.relationshipToTrafficker();
        in.narrative = v.narrative();
        return in;
    }

    public TraffickingForm toForm() {
        return new TraffickingForm(traffickingStatus, statusDecidedBy, List.copyOf(exploitationTypes),
                isForcedLabour() ? forcedLabourIndustry : null,
                isSexualExploitation() ? List.copyOf(sexExploitationTypes) : List.of(),
                List.copyOf(controlMethods), List.copyOf(recruitmentMethods), relationshipToTrafficker, narrative);
    }

    public boolean isForcedLabour() {
        return exploitationTypes.contains(HtcdsRules.FORCED_LABOUR);
    }

    public boolean isSexualExploitation() {
        return exploitationTypes.contains(HtcdsRules.SEXUAL_EXPLOITATION);
    }

    /** Field name (as in the messages, trafficking.X) to the value as shown, for comparing with someone else's save. */
    public Map<String, Object> values(CodeLabels codes) {
        TraffickingForm f = toForm();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("traffickingStatus", codes.label("TRAFFICKING_STATUS", f.traffickingStatus()));
        v.put("statusDecidedBy", codes.label("TRAFFICKING_STATUS_DECIDER", f.statusDecidedBy()));
        v.put("exploitationTypes", codes.labels("EXPLOITATION_TYPE", f.exploitationTypes()));
        v.put("forcedLabourIndustry", codes.label("FORCED_LABOUR_INDUSTRY", f.forcedLabourIndustry()));
        v.put("sexExploitationTypes", codes.labels("SEX_EXPLOITATION_TYPE", f.sexExploitationTypes()));
        v.put("controlMethods", codes.labels("CONTROL_METHOD", f.controlMethods()));
        v.put("recruitmentMethods", codes.labels("RECRUITMENT_METHOD", f.recruitmentMethods()));
        v.put("relationshipToTrafficker", codes.label("RELATIONSHIP_TO_TRAFFICKER", f.relationshipToTrafficker()));
        v.put("narrative", f.narrative());
        return v;
    }

    public String getTraffickingStatus() { return traffickingStatus; }
    public void setTraffickingStatus(String traffickingStatus) { this.traffickingStatus = traffickingStatus; }
    public String getStatusDecidedBy() { return statusDecidedBy; }
    public void setStatusDecidedBy(String statusDecidedBy) { this.statusDecidedBy = statusDecidedBy; }
    public List<String> getExploitationTypes() { return exploitationTypes; }
    public void setExploitationTypes(List<String> values) { exploitationTypes = copy(values); }
    public String getForcedLabourIndustry() { return forcedLabourIndustry; }
    public void setForcedLabourIndustry(String forcedLabourIndustry) { this.forcedLabourIndustry = forcedLabourIndustry; }
    public List<String> getSexExploitationTypes() { return sexExploitationTypes; }
    public void setSexExploitationTypes(List<String> values) { sexExploitationTypes = copy(values); }
    public List<String> getControlMethods() { return controlMethods; }
    public void setControlMethods(List<String> values) { controlMethods = copy(values); }
    public List<String> getRecruitmentMethods() { return recruitmentMethods; }
    public void setRecruitmentMethods(List<String> values) { recruitmentMethods = copy(values); }
    public String getRelationshipToTrafficker() { return relationshipToTrafficker; }
    public void setRelationshipToTrafficker(String relationshipToTrafficker) { this.relationshipToTrafficker = relationshipToTrafficker; }
    public String getNarrative() { return narrative; }
    public void setNarrative(String narrative) { this.narrative = narrative; }

    private static List<String> copy(List<String> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(values);
    }
}
