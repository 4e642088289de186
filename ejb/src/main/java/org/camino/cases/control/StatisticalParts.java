package org.camino.cases.control;

import org.camino.cases.entity.CaseFile;

/**
 * A programme area's statistical records of a case, announced again all at
 * once: the initial load and rebuild of the central data repository asks every
 * area (as the case history asks every {@link CaseHistorySource}). An area
 * announces nothing for cases of other types.
 */
public interface StatisticalParts {

    void announceAll(CaseFile caseFile, CaseStatistics statistics);
}
