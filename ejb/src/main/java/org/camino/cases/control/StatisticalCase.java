package org.camino.cases.control;

import org.camino.cases.entity.CaseFile;
import org.camino.cases.entity.CaseType;
import org.camino.cases.entity.Person;
import org.camino.crypto.Pseudonyms;

import java.time.LocalDate;

/**
 * What every statistical record of a case takes from the case: clear coded
 * values only (the principal's sex, birth year and nationality, the household's
 * size) and the pseudonyms of case and principal, computed once per case. Built
 * from the entity when a case changes, or from one row of a set-based query
 * when a chunk of cases is derived again ({@link StatisticalDerivation}), so
 * that both make the same records.
 *
 * @param principalKnown false only for a case whose principal is not set (no person variables then)
 * @param personPseudonym null if the principal has no row id yet
 */
public record StatisticalCase(long id, String mission, CaseType caseType, LocalDate openedOn, String closureReason,
                              String casePseudonym, boolean principalKnown, String personPseudonym, String sex,
                              Integer birthYear, String nationality, int householdSize) {

    static StatisticalCase of(CaseFile caseFile, Pseudonyms pseudonyms) {
        String mission = caseFile.getMission().getCode();
        Person principal = caseFile.getPrincipal();
        int householdSize = caseFile.getHousehold() == null ? 0 : caseFile.getHousehold().getMembers().size();
        return new StatisticalCase(caseFile.getId(), mission, caseFile.getCaseType(), caseFile.getOpenedOn(),
                caseFile.getClosureReason(), pseudonyms.of(mission, "case", caseFile.getId()), principal != null,
                principal == null || principal.getId() == null ? null : pseudonyms.of(mission, "person", principal.getId()),
                principal == null ? null : principal.getSex(), principal == null ? null : principal.getBirthYear(),
                principal == null ? null : principal.getNationality(), householdSize);
    }
}
