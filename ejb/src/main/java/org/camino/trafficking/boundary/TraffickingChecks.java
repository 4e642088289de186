package org.camino.trafficking.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camino.cases.boundary.CaseValidation;
import org.camino.cases.control.FormValues;
import org.camino.platform.errors.InvalidInputException.FieldProblem;

import java.util.List;
import java.util.stream.Stream;

/** Codes of counter-trafficking forms against their HTCDS lists, dates, the {@link HtcdsRules}, no empty victim context. */
@ApplicationScoped
public class TraffickingChecks {

    @Inject
    CaseValidation validation;

    public void details(TraffickingForm form, List<FieldProblem> problems) {
        if (isEmpty(form)) {
            problems.add(new FieldProblem("details", "trafficking.details.empty"));
        }
        validation.code("traffickingStatus", "TRAFFICKING_STATUS", form.traffickingStatus(), problems);
        validation.code("statusDecidedBy", "TRAFFICKING_STATUS_DECIDER", form.statusDecidedBy(), problems);
        codes("exploitationTypes", "EXPLOITATION_TYPE", form.exploitationTypes(), problems);
        validation.code("forcedLabourIndustry", "FORCED_LABOUR_INDUSTRY", form.forcedLabourIndustry(), problems);
        codes("sexExploitationTypes", "SEX_EXPLOITATION_TYPE", form.sexExploitationTypes(), problems);
        codes("controlMethods", "CONTROL_METHOD", form.controlMethods(), problems);
        codes("recruitmentMethods", "RECRUITMENT_METHOD", form.recruitmentMethods(), problems);
        validation.code("relationshipToTrafficker", "RELATIONSHIP_TO_TRAFFICKER", form.relationshipToTrafficker(), problems);
        problems.addAll(HtcdsRules.problems(form));
    }

    public void event(TraffickingEventForm form, List<FieldProblem> problems) {
        validation.code("type", "TRAFFICKING_EVENT_TYPE", form.type(), problems);
        validation.country("country", form.country(), problems);
        FormValues.notFuture("startDate", form.startDate(), problems);
        FormValues.notFuture("endDate", form.endDate(), problems);
        FormValues.order("endDate", form.startDate(), form.endDate(), problems);
    }

    public void supportPlanItem(SupportPlanItemForm form, List<FieldProblem> problems) {
        validation.code("type", "SUPPORT_PLAN_TYPE", form.type(), problems);
        FormValues.notFuture("actualEndDate", form.actualEndDate(), problems);
    }

    public void referral(ReferralForm form, List<FieldProblem> problems) {
        validation.code("direction", "REFERRAL_DIRECTION", form.direction(), problems);
        validation.code("organisationType", "ORGANISATION_TYPE", form.organisationType(), problems);
        validation.code("reason", "REFERRAL_REASON", form.reason(), problems);
        FormValues.notFuture("referredOn", form.referredOn(), problems);
    }

    /** Nothing entered at all: a victim context is not saved empty. */
    static boolean isEmpty(TraffickingForm form) {
        return Stream.of(form.traffickingStatus(), form.statusDecidedBy(), form.forcedLabourIndustry(),
                        form.relationshipToTrafficker(), form.narrative()).allMatch(v -> FormValues.blankToNull(v) == null)
                && Stream.of(form.exploitationTypes(), form.sexExploitationTypes(), form.controlMethods(),
                        form.recruitmentMethods()).allMatch(v -> FormValues.distinct(v).isEmpty());
    }

    private void codes(String field, String list, List<String> values, List<FieldProblem> problems) {
        FormValues.distinct(values).forEach(v -> validation.code(field, list, v, problems));
    }
}
