package org.camino.security.control;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a user may do, from one read of their role assignments joined to the roles' permission templates: their
 * roles, the missions they hold a role in (code to id; both whatever a token is limited to, as {@code GET /api/me}
 * shows them), and their Shiro permission strings, limited to one mission for a mission-scoped API token. An API
 * token's grants are read in the same statement as the token itself and kept for that request alone
 * ({@link AuthorizationMemo}).
 */
public record Grants(Set<String> roles, Map<String, Long> missions, Set<String> permissions) {

    public Grants {
        roles = Collections.unmodifiableSet(new TreeSet<>(roles));
        missions = Collections.unmodifiableMap(new TreeMap<>(missions));
        permissions = Collections.unmodifiableSet(new LinkedHashSet<>(permissions));
    }

    /**
     * One row of a user's assignments joined to their roles' permission templates: the role, the assignment's
     * mission (id and code) and programme area (null when it has none), and one of the role's templates (null for
     * a role without any; all null for a user without roles).
     */
    record Grant(String roleCode, Long missionId, String missionCode, String programmeArea, String permissionTemplate) {
    }

    /** @param onlyMission the mission code a token is limited to, or null: permissions of other assignments are left out */
    static Grants of(List<Grant> rows, String onlyMission) {
        Set<String> roles = new TreeSet<>();
        Map<String, Long> missions = new TreeMap<>();
        Set<String> permissions = new LinkedHashSet<>();
        for (Grant row : rows) {
            if (row.roleCode() == null) {
                continue;
            }
            roles.add(row.roleCode());
            if (row.missionCode() != null) {
                missions.put(row.missionCode(), row.missionId());
            }
            if (row.permissionTemplate() != null && (onlyMission == null || onlyMission.equals(row.missionCode()))) {
                String permission = expand(row.permissionTemplate(), row.missionCode(), row.programmeArea());
                if (permission != null) {
                    permissions.add(permission);
                }
            }
        }
        return new Grants(roles, missions, permissions);
    }

    /** A role's permission template for one assignment; null when it grants nothing (a mission role without a mission). */
    static String expand(String template, String missionCode, String programmeArea) {
        if (template.contains("{mission}") && missionCode == null) {
            return null;
        }
        return template.replace("{mission}", missionCode == null ? "" : missionCode.toLowerCase())
                .replace("{area}", programmeArea == null ? "resettlement,avrr" : programmeArea);
    }

    /** Permission strings are no secret, but a principal's text stays short in logs. */
    @Override
    public String toString() {
        return "Grants" + roles;
    }
}
