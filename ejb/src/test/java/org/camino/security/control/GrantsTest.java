package org.camino.security.control;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A user's grants from the rows of one statement, as the realm reads them for a session or with an API token. */
class GrantsTest {

    /** A caseworker of KEN in two areas, a mission manager of JOR, and an administrator; the roles' templates. */
    private static final List<Grants.Grant> ROWS = List.of(
            new Grants.Grant("CASEWORKER", 1L, "KEN", "resettlement", "case:read:{area}:{mission}"),
            new Grants.Grant("CASEWORKER", 1L, "KEN", "avrr", "case:read:{area}:{mission}"),
            new Grants.Grant("MISSION_MANAGER", 2L, "JOR", null, "report:run:{mission}"),
            new Grants.Grant("ADMINISTRATOR", null, null, null, "admin:users"),
            new Grants.Grant("HQ_ANALYST", null, null, null, null));

    @Test
    void rolesMissionsAndPermissionsOfEveryAssignment() {
        Grants grants = Grants.of(ROWS, null);
        assertEquals(List.of("ADMINISTRATOR", "CASEWORKER", "HQ_ANALYST", "MISSION_MANAGER"), List.copyOf(grants.roles()),
                "a role without permissions is still a role");
        assertEquals(List.of("JOR", "KEN"), List.copyOf(grants.missions().keySet()));
        assertEquals(Map.of("JOR", 2L, "KEN", 1L), grants.missions());
        assertEquals(Set.of("case:read:resettlement:ken", "case:read:avrr:ken", "report:run:jor", "admin:users"),
                grants.permissions());
    }

    @Test
    void aMissionScopedTokenGetsOnlyThatMissionsPermissionsButShowsAllRolesAndMissions() {
        Grants grants = Grants.of(ROWS, "KEN");
        assertEquals(Set.of("case:read:resettlement:ken", "case:read:avrr:ken"), grants.permissions(),
                "neither another mission's nor a global role's permissions");
        assertEquals(4, grants.roles().size());
        assertEquals(Set.of("JOR", "KEN"), grants.missions().keySet());
    }

    @Test
    void aUserWithoutRolesGetsNothing() {
        Grants grants = Grants.of(List.of(new Grants.Grant(null, null, null, null, null)), null);
        assertTrue(grants.roles().isEmpty());
        assertTrue(grants.missions().isEmpty());
        assertTrue(grants.permissions().isEmpty());
    }

    @Test
    void aMissionRoleWithoutAMissionGrantsNothing() {
        assertNull(Grants.expand("case:read:{area}:{mission}", null, "avrr"));
        assertEquals("case:read:resettlement,avrr:ken", Grants.expand("case:read:{area}:{mission}", "KEN", null));
        assertTrue(Grants.of(List.of(new Grants.Grant("CASEWORKER", null, null, "avrr", "case:read:{area}:{mission}")), null)
                .permissions().isEmpty());
    }
}
