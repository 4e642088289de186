package org.camino.cases.control;

import org.camino.cases.entity.CaseFile;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A programme area's contribution to a case's history: which of its audited
 * records belong to the case and which of their fields the caller may see.
 * The case history asks every source; a source answers nothing for cases of
 * other types.
 */
public interface CaseHistorySource {

    /** One audited record: its entity class and id, how to name it, and the fields to compare between revisions. */
    record Audited<T>(Class<T> type, long id, String label, Function<T, Map<String, Object>> fields) {
    }

    /** Called after the caller's read access to the case was checked. */
    List<Audited<?>> audited(CaseFile caseFile);
}
