package org.camino.cases.control;

import org.camino.cases.entity.CaseType;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CaseScopeTest {

    private static CaseScope.Scope scope(Map<CaseType, List<Long>> byType) {
        Map<CaseType, List<Long>> all = new EnumMap<>(CaseType.class);
        for (CaseType type : CaseType.values()) {
            all.put(type, byType.getOrDefault(type, List.of()));
        }
        return new CaseScope.Scope(all);
    }

    @Test
    void personFilterIsTheUnionOfTheMissionsOfEveryType() {
        CaseScope.Scope scope = scope(Map.of(CaseType.values()[0], List.of(3L, 1L), CaseType.values()[1], List.of(1L, 7L)));
        assertEquals("p.mission_id in (1,3,7)", scope.personSql("p"));
    }

    @Test
    void anEmptyScopeMatchesNoPersonAndNoCase() {
        CaseScope.Scope scope = scope(Map.of());
        assertEquals("false", scope.personSql("p"));
        assertEquals("false", scope.sql("c"));
    }
}
