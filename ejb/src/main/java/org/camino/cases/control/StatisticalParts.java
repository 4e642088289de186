package org.camino.cases.control;

/**
 * A programme area's statistical records of a chunk of cases, derived again
 * all at once: the initial load and rebuild of the central data repository
 * asks every area (as the case history asks every {@link CaseHistorySource}).
 * An area reads its parts of all the chunk's cases of its type with a query
 * per table ({@link StatisticalDerivation.Chunk#eachRow}) and adds one record
 * per part ({@link StatisticalDerivation.Chunk#part}), built exactly as when
 * the part was recorded.
 */
public interface StatisticalParts {

    void deriveAll(StatisticalDerivation.Chunk chunk);
}
