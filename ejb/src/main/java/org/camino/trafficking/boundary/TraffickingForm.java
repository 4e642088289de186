package org.camino.trafficking.boundary;

import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The HTCDS victim context as entered, with HTCDS value names as codes:
 * vic_TraffickingStatus, vic_TraffickingStatusDecisionMakingOrg,
 * vic_TypeOfExploitation (several), vic_ForcedLabourIndustry (only with
 * ForcedLabour), vic_TypeOfSexExploitation (several, only with
 * SexualExploitation), vic_MethodsOfControl (several),
 * vic_MethodOfRecruitment (several), vic_RelationshipToTrafficker, and a
 * free-text narrative (encrypted).
 */
public record TraffickingForm(
        String traffickingStatus,
        String statusDecidedBy,
        List<String> exploitationTypes,
        String forcedLabourIndustry,
        List<String> sexExploitationTypes,
        List<String> controlMethods,
        List<String> recruitmentMethods,
        String relationshipToTrafficker,
        @Size(max = 20_000, message = "{field.tooLong}") String narrative) {

    @Override
    public String toString() {
        return "TraffickingForm[...]"; // never the narrative in logs
    }
}
