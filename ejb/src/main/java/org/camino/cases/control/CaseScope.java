package org.camino.cases.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camino.cases.entity.CaseType;
import org.camino.security.control.AccessControl;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which (case type, mission) pairs the caller may act on, as a SQL filter:
 * lists, counts, searches and duplicate warnings all go through it, so that
 * a case the caller may not read never shows up, not even in a count.
 */
@Stateless
public class CaseScope {

    /** Mission ids per case type; empty means none. */
    public record Scope(Map<CaseType, List<Long>> missionsByType) {
        public boolean isEmpty() {
            return missionsByType.values().stream().allMatch(List::isEmpty);
        }

        /** A SQL condition on a case_file alias, with its own literal ids (never user input). */
        public String sql(String alias) {
            List<String> parts = new ArrayList<>();
            missionsByType.forEach((type, ids) -> {
                if (!ids.isEmpty()) {
                    parts.add("(" + alias + ".case_type = '" + type.name() + "' and " + alias + ".mission_id in ("
                            + String.join(",", ids.stream().map(String::valueOf).toList()) + "))");
                }
            });
            return parts.isEmpty() ? "false" : "(" + String.join(" or ", parts) + ")";
        }

        /**
         * A SQL condition on a person alias: the person belongs to one of the scope's missions. Not a
         * scope check by itself (the case type matters too); it lets blind-index lookups use the
         * (index, mission_id) indexes and skip namesakes in missions the caller cannot read.
         */
        public String personSql(String alias) {
            List<String> ids = missionIds().stream().map(String::valueOf).toList();
            return ids.isEmpty() ? "false" : alias + ".mission_id in (" + String.join(",", ids) + ")";
        }

        /** The missions of any case type in the scope, sorted. */
        public List<Long> missionIds() {
            return missionsByType.values().stream().flatMap(List::stream).distinct().sorted().toList();
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl accessControl;

    /**
     * A mission code no mission can have (codes are three letters, or three and three): a case permission that
     * holds there is not tied to the missions of its holder's assignments.
     */
    private static final String NO_SUCH_MISSION = "no-such-mission";

    public Scope of(String action) {
        Map<CaseType, List<Long>> scope = new EnumMap<>(CaseType.class);
        Map<Long, String> missions = candidates(action);
        for (CaseType type : CaseType.values()) {
            List<Long> ids = new ArrayList<>();
            missions.forEach((id, code) -> {
                if (accessControl.mayOnCase(action, type.area(), code.toLowerCase())) {
                    ids.add(id);
                }
            });
            scope.put(type, ids);
        }
        return new Scope(scope);
    }

    /**
     * The missions worth checking, by id. Case permissions name the mission of the assignment that grants them
     * (case:read:avrr:ken), so only the missions the caller holds a role in can pass: those their grants list,
     * without reading the mission table. Should a permission hold in a mission the caller has no role in (a
     * wildcard, if a role ever had one), every mission is checked, as before.
     */
    private Map<Long, String> candidates(String action) {
        if (accessControl.callerIfAny().isEmpty()) {
            return Map.of(); // no caller, no permission: the scope is empty
        }
        boolean beyondOwnMissions = false;
        for (CaseType type : CaseType.values()) {
            beyondOwnMissions |= accessControl.mayOnCase(action, type.area(), NO_SUCH_MISSION);
        }
        Map<Long, String> missions = new TreeMap<>();
        if (beyondOwnMissions) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select id, code from mission").getResultList();
            rows.forEach(m -> missions.put(((Number) m[0]).longValue(), (String) m[1]));
        } else {
            accessControl.callerGrants().missions().forEach((code, id) -> missions.put(id, code));
        }
        return missions;
    }
}
