package org.camino.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A test's own world, made through Camino's API: a fresh mission with a code
 * no other test uses, and on first use one account per role in it, with a
 * password of its own (the administrator's initial password, changed by the
 * user through {@code POST /api/account/password}, as a new colleague does).
 * Tests that use a world depend on no demo data, on no other test and on no
 * order; two worlds are two missions that must not see each other.
 *
 * <p>The only account it starts from is the installation's first
 * administrator, {@code admin} (in demo mode with the demo password), which
 * creates the mission and the world's own administrator; everything else is
 * done by the world's own accounts.
 *
 * <p>Roles are named like the demo accounts, so that a test reads the same:
 * {@code caseworker} (resettlement and AVRR), {@code health},
 * {@code ctofficer}, {@code manager} (all in the world's mission),
 * {@code analyst}, {@code publisher}, {@code admin} (global).
 */
public final class World {

    /** Role name → the assignments its account gets ({mission} stands for the world's mission). */
    private static final Map<String, List<String[]>> ROLES = Map.of(
            "caseworker", List.of(new String[] {"CASEWORKER", "{mission}", "resettlement"},
                    new String[] {"CASEWORKER", "{mission}", "avrr"}),
            "health", List.<String[]>of(new String[] {"HEALTH_PRACTITIONER", "{mission}", null}),
            "ctofficer", List.<String[]>of(new String[] {"CT_OFFICER", "{mission}", null}),
            "manager", List.<String[]>of(new String[] {"MISSION_MANAGER", "{mission}", null}),
            "analyst", List.<String[]>of(new String[] {"HQ_ANALYST", null, null}),
            "publisher", List.<String[]>of(new String[] {"HQ_PUBLISHER", null, null}),
            // both HQ roles in one person: may draft and publish, but never publish what they drafted
            "hqboth", List.of(new String[] {"HQ_ANALYST", null, null}, new String[] {"HQ_PUBLISHER", null, null}),
            "admin", List.<String[]>of(new String[] {"ADMINISTRATOR", null, null}));

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static String firstAdminToken;

    /** A user of the world: what a person would type to sign in. */
    public record Member(String username, String password) {
    }

    private final String mission;
    private final String suffix;
    private final Map<String, Member> members = new HashMap<>();
    private final Map<String, String> tokens = new HashMap<>();

    private World(String mission) {
        this.mission = mission;
        this.suffix = mission.toLowerCase().replace("-", "");
    }

    /** A new mission with a unique code (two random triples, e.g. QZX-BKA: the schema allows [A-Z]{3}(-[A-Z]{3})?). */
    public static World create() {
        for (int attempt = 0; attempt < 5; attempt++) {
            String code = newMissionCode();
            HttpResponse<String> created = Api.post("/api/admin/missions", firstAdmin(),
                    "{\"code\":\"" + code + "\",\"name\":\"Test world " + code + "\",\"country\":\"KEN\"}");
            if (created.statusCode() == 201) {
                return new World(code);
            }
            if (created.statusCode() != 409) {
                throw new AssertionError("mission " + code + ": " + created.statusCode() + " " + created.body());
            }
        }
        throw new AssertionError("five random mission codes in use: is the mission table full of test worlds?");
    }

    /** A random mission code of the form the schema allows; 26^6 of them, so two tests hardly ever draw the same. */
    public static String newMissionCode() {
        return letters(3) + "-" + letters(3);
    }

    /** The mission's code: cases registered here are numbered {@code <code>-<type>-<year>-<seq>}. */
    public String mission() {
        return mission;
    }

    /** The account of the role, made on first use. */
    public synchronized Member user(String role) {
        Member member = members.get(role);
        if (member == null) {
            member = newMember(role);
            members.put(role, member);
        }
        return member;
    }

    public String username(String role) {
        return user(role).username();
    }

    public String password(String role) {
        return user(role).password();
    }

    /** An API token of the role's account, for all its missions (one per world and role, issued on first use). */
    public String token(String role) {
        return cachedToken(role, null);
    }

    /** A token limited to the world's mission. */
    public String missionToken(String role) {
        return cachedToken(role, mission);
    }

    private synchronized String cachedToken(String role, String tokenMission) {
        String key = role + "@" + tokenMission;
        String token = tokens.get(key);
        if (token == null) {
            token = Api.token(username(role), password(role), tokenMission);
            tokens.put(key, token);
        }
        return token;
    }

    /** Signs the role's account in through the login page of this client; returns the page reached. */
    public HttpResponse<String> signIn(WebClient client, String role) {
        return client.signIn(username(role), password(role));
    }

    /**
     * One more account with exactly these assignments in the world (e.g. a
     * second caseworker), made by the world's administrator, password already
     * changed. Each assignment is {role code, mission code or null, programme area or null}.
     */
    public Member newUser(String name, String[]... assignments) {
        String username = name + "." + suffix + "." + letters(4).toLowerCase();
        return activate(token("admin"), username, name + " of " + mission, List.of(assignments));
    }

    /**
     * An account made by the world's administrator that still has its initial
     * password (for tests of the first sign-in); returns its user name.
     */
    public String userWithInitialPassword(String name, String initialPassword, String[]... assignments) {
        String username = name + "." + suffix + "." + letters(4).toLowerCase();
        create(token("admin"), username, name + " of " + mission, initialPassword, List.of(assignments));
        return username;
    }

    private Member newMember(String role) {
        List<String[]> assignments = ROLES.get(role);
        if (assignments == null) {
            throw new IllegalArgumentException("no role " + role + " in a world; one of " + ROLES.keySet());
        }
        List<String[]> resolved = assignments.stream()
                .map(a -> new String[] {a[0], "{mission}".equals(a[1]) ? mission : a[1], a[2]}).toList();
        // the world's administrator is made by the installation's first one; every other account by the world's
        String adminToken = "admin".equals(role) ? firstAdmin() : token("admin");
        return activate(adminToken, role + "." + suffix, role + " of " + mission, resolved);
    }

    /** Creates the account with an initial password and changes it as its user would. */
    private static Member activate(String adminToken, String username, String displayName, List<String[]> assignments) {
        String initial = secret();
        create(adminToken, username, displayName, initial, assignments);
        String password = secret();
        HttpResponse<String> changed = Api.post("/api/account/password", null, Json.createObjectBuilder()
                .add("username", username).add("currentPassword", initial).add("newPassword", password).build().toString());
        assertEquals(204, changed.statusCode(), "password change of " + username + ": " + changed.body());
        return new Member(username, password);
    }

    private static void create(String adminToken, String username, String displayName, String initialPassword,
                               List<String[]> assignments) {
        var list = Json.createArrayBuilder();
        for (String[] a : assignments) {
            var assignment = Json.createObjectBuilder().add("roleCode", a[0]);
            if (a.length > 1 && a[1] != null) {
                assignment.add("missionCode", a[1]);
            }
            if (a.length > 2 && a[2] != null) {
                assignment.add("programmeArea", a[2]);
            }
            list.add(assignment);
        }
        String body = Json.createObjectBuilder().add("username", username).add("displayName", displayName)
                .add("initialPassword", initialPassword).add("assignments", list).build().toString();
        HttpResponse<String> created = Api.post("/api/admin/users", adminToken, body);
        assertEquals(201, created.statusCode(), "user " + username + ": " + created.body());
    }

    /** The token of the installation's first administrator, only to found worlds. */
    private static synchronized String firstAdmin() {
        if (firstAdminToken == null) {
            firstAdminToken = Api.token("admin", WebClient.DEMO_PASSWORD, null);
        }
        return firstAdminToken;
    }

    private static String letters(int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        }
        return s.toString();
    }

    /** A password that passes the policy: 20 random characters of mixed kinds. */
    private static String secret() {
        String chars = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder s = new StringBuilder("Pw-");
        for (int i = 0; i < 20; i++) {
            s.append(chars.charAt(RANDOM.nextInt(chars.length())));
        }
        return s.toString();
    }

    // --- reading the API's JSON

    public static JsonObject object(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    public static JsonArray array(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }

    /** The object of the array whose field has this value; fails the test if there is none. */
    public static JsonObject find(JsonArray array, String field, String value) {
        return array.stream().map(JsonValue::asJsonObject).filter(o -> value.equals(o.getString(field, null)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + field + "=" + value + " in " + array));
    }
}
