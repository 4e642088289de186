package org.camino.returns.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camino.cases.boundary.CaseValidation;
import org.camino.cases.boundary.CodeLists;
import org.camino.cases.control.FormValues;
import org.camino.platform.errors.InvalidInputException.FieldProblem;
import org.camino.returns.entity.MonitoringVisit;
import org.camino.returns.entity.SustainabilityScore;

import java.util.List;

/**
 * What Bean Validation cannot check in AVRR forms: codes from their lists,
 * dates, amount and currency together, one visit of each kind, visits in
 * the order of their months. Each problem names its field.
 */
@ApplicationScoped
public class ReturnChecks {

    @Inject
    CaseValidation validation;

    @Inject
    CodeLists codes;

    public void details(ReturnForm form, List<FieldProblem> problems) {
        validation.country("hostCountry", form.hostCountry(), problems);
        validation.country("originCountry", form.originCountry(), problems);
        String host = FormValues.blankToNull(form.hostCountry());
        if (host != null && host.equals(FormValues.blankToNull(form.originCountry()))) {
            problems.add(new FieldProblem("originCountry", "returns.originCountry.sameAsHost"));
        }
        validation.code("programme", "AVRR_PROGRAMME", form.programme(), problems);
        validation.code("migrantCategory", "MIGRANT_CATEGORY", form.migrantCategory(), problems);
        FormValues.distinct(form.returnReasons()).forEach(r -> validation.code("returnReasons", "RETURN_REASON", r, problems));
        FormValues.distinct(form.vulnerabilities()).forEach(v -> validation.code("vulnerabilities", "VULNERABILITY", v, problems));
    }

    public void assistance(AssistanceForm form, List<FieldProblem> problems) {
        validation.code("type", "REINTEGRATION_ASSISTANCE", form.type(), problems);
        validation.code("level", "ASSISTANCE_LEVEL", form.level(), problems);
        FormValues.notFuture("deliveredOn", form.deliveredOn(), problems);
        boolean hasCurrency = FormValues.blankToNull(form.currency()) != null;
        if (form.amount() != null && !hasCurrency) {
            problems.add(new FieldProblem("currency", "returns.currency.required"));
        }
        if (form.amount() == null && hasCurrency) {
            problems.add(new FieldProblem("amount", "returns.amount.required"));
        }
    }

    /** @param recorded the visits the case already has */
    public void visit(MonitoringVisitForm form, List<MonitoringVisit> recorded, List<FieldProblem> problems) {
        validation.code("visit", "MONITORING_VISIT", form.visit(), problems);
        FormValues.notFuture("visitedOn", form.visitedOn(), problems);
        problems.addAll(SustainabilityScore.problems(form.economicScore(), form.socialScore(), form.psychosocialScore()));
        if (recorded.stream().anyMatch(v -> v.getVisit().equals(form.visit()))) {
            problems.add(new FieldProblem("visit", "returns.visit.alreadyRecorded"));
            return;
        }
        if (form.visitedOn() == null) {
            return;
        }
        List<String> order = codes.list("MONITORING_VISIT").stream().map(CodeLists.Code::code).toList();
        int position = order.indexOf(form.visit());
        for (MonitoringVisit other : recorded) {
            int otherPosition = order.indexOf(other.getVisit());
            boolean earlierVisitLater = otherPosition < position && form.visitedOn().isBefore(other.getVisitedOn());
            boolean laterVisitEarlier = otherPosition > position && form.visitedOn().isAfter(other.getVisitedOn());
            if (position >= 0 && (earlierVisitLater || laterVisitEarlier)) {
                problems.add(new FieldProblem("visitedOn", "dates.order"));
                return;
            }
        }
    }

    /** The dimension of an assistance type: its parent in REINTEGRATION_ASSISTANCE. */
    public String dimensionOf(String assistanceType) {
        return codes.list("REINTEGRATION_ASSISTANCE").stream().filter(c -> c.code().equals(assistanceType))
                .findFirst().map(CodeLists.Code::parent).orElse(null);
    }
}
