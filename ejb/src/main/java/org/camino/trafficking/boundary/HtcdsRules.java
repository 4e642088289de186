package org.camino.trafficking.boundary;

import org.camino.cases.control.FormValues;
import org.camino.platform.errors.InvalidInputException.FieldProblem;

import java.util.ArrayList;
import java.util.List;

/**
 * The HTCDS v2.0 dependencies between victim-context fields: the forced
 * labour industry (vic_ForcedLabourIndustry) is recorded only for
 * ForcedLabour, the type of sexual exploitation (vic_TypeOfSexExploitation)
 * only for SexualExploitation, and who decided the trafficking status only
 * together with a status.
 */
public final class HtcdsRules {

    public static final String FORCED_LABOUR = "ForcedLabour";
    public static final String SEXUAL_EXPLOITATION = "SexualExploitation";

    private HtcdsRules() {
    }

    public static List<FieldProblem> problems(TraffickingForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> exploitation = FormValues.distinct(form.exploitationTypes());
        if (FormValues.blankToNull(form.forcedLabourIndustry()) != null && !exploitation.contains(FORCED_LABOUR)) {
            problems.add(new FieldProblem("forcedLabourIndustry", "trafficking.forcedLabourIndustry.needsForcedLabour"));
        }
        if (!FormValues.distinct(form.sexExploitationTypes()).isEmpty() && !exploitation.contains(SEXUAL_EXPLOITATION)) {
            problems.add(new FieldProblem("sexExploitationTypes", "trafficking.sexExploitationTypes.needsSexualExploitation"));
        }
        if (FormValues.blankToNull(form.statusDecidedBy()) != null && FormValues.blankToNull(form.traffickingStatus()) == null) {
            problems.add(new FieldProblem("statusDecidedBy", "trafficking.statusDecidedBy.needsStatus"));
        }
        return problems;
    }
}
