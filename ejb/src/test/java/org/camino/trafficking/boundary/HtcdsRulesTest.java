package org.camino.trafficking.boundary;


import org.camino.platform.errors.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtcdsRulesTest {

    private static TraffickingForm form(String status, String decider, List<String> exploitation, String industry,
                                        List<String> sexTypes) {
        return new TraffickingForm(status, decider, exploitation, industry, sexTypes, List.of(), List.of(), null, null);
    }

    @Test
    void theForcedLabourIndustryNeedsForcedLabour() {
        assertEquals(List.of(), HtcdsRules.problems(form(null, null, List.of("ForcedLabour"), "F_Construction", List.of())));
        assertEquals(List.of(new FieldProblem("forcedLabourIndustry", "trafficking.forcedLabourIndustry.needsForcedLabour")),
                HtcdsRules.problems(form(null, null, List.of("ForcedMarriage"), "F_Construction", List.of())));
        assertEquals(1, HtcdsRules.problems(form(null, null, null, "F_Construction", null)).size(), "no exploitation at all");
    }

    @Test
    void theTypeOfSexualExploitationNeedsSexualExploitation() {
        assertEquals(List.of(), HtcdsRules.problems(form(null, null,
                List.of("ForcedLabour", "SexualExploitation"), "A_AgricultureForestryAndFishing", List.of("Prostitution"))));
        assertEquals(List.of(new FieldProblem("sexExploitationTypes", "trafficking.sexExploitationTypes.needsSexualExploitation")),
                HtcdsRules.problems(form(null, null, List.of("ForcedLabour"), null, List.of("Pornography"))));
        assertEquals(List.of(), HtcdsRules.problems(form(null, null, List.of("ForcedLabour"), null, List.of(" "))),
                "a blank entry is no entry");
    }

    @Test
    void codesAreComparedExactlyAsHtcdsSpellsThem() {
        assertEquals(1, HtcdsRules.problems(form(null, null, List.of("forcedlabour"), "F_Construction", List.of())).size());
        assertEquals(List.of(), HtcdsRules.problems(form(null, null, List.of(" ForcedLabour "), "F_Construction", List.of())),
                "surrounding spaces are trimmed");
    }

    @Test
    void whoDecidedTheStatusNeedsAStatus() {
        assertEquals(List.of(new FieldProblem("statusDecidedBy", "trafficking.statusDecidedBy.needsStatus")),
                HtcdsRules.problems(form("", "Police", List.of(), null, List.of())));
        assertEquals(List.of(), HtcdsRules.problems(form("ActualVictimOfTrafficking", "Police", List.of(), null, List.of())));
    }

    @Test
    void allProblemsAreReportedAtOnce() {
        assertEquals(3, HtcdsRules.problems(form(null, "NGO", List.of("Other"), "C_Manufacturing", List.of("Prostitution"))).size());
    }
}
