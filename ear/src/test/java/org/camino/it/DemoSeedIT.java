package org.camino.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one test of the demo seed itself: the accounts README.md lists sign in
 * with the demo password and hold their roles in their missions, the demo
 * missions exist, and the 300 synthetic demo cases were registered. Every
 * other integration test makes its own {@link World} and uses none of this.
 * It only reads, so it may run beside any other test.
 */
@ExtendWith(DeployedCamino.class)
class DemoSeedIT {

    private static final List<String> DEMO_MISSIONS = List.of("KEN", "KEN-NBO", "JOR", "NER");

    /** A row of README's demo-account table. */
    private record DemoAccount(String username, String role, String mission) {
    }

    @Test
    void everyDemoAccountOfTheReadmeSignsInWithTheDemoPasswordAndWorksInItsMission() throws Exception {
        List<DemoAccount> accounts = readmeAccounts();
        assertEquals(8, accounts.size(), "README lists one demo account per role, two caseworkers: " + accounts);
        for (DemoAccount account : accounts) {
            WebClient browser = new WebClient();
            HttpResponse<String> home = browser.signIn(account.username(), WebClient.DEMO_PASSWORD);
            assertEquals(200, home.statusCode(), account.username());
            assertTrue(home.body().contains("id=\"welcome\""), account.username() + " reaches the home page, no password change asked");

            JsonObject me = World.object(Api.get("/api/me", Api.token(account.username(), WebClient.DEMO_PASSWORD, null)).body());
            assertEquals(account.username(), me.getString("username"));
            assertFalse(me.getBoolean("mustChangePassword"), account.username());
            Set<String> missions = me.getJsonArray("missions").getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString).collect(Collectors.toSet());
            if (account.mission().matches("[A-Z]{3}")) {
                assertEquals(Set.of(account.mission()), missions, account.username() + "'s missions");
            } else {
                assertEquals(Set.of(), missions, account.username() + " works in no mission of its own");
            }
        }
    }

    @Test
    void theDemoMissionsExistAndTheirCaseworkersSeeTheSeededCases() throws Exception {
        String admin = Api.token("admin", WebClient.DEMO_PASSWORD, null);
        List<String> codes = World.array(Api.get("/api/admin/missions", admin).body()).stream()
                .map(JsonValue::asJsonObject).map(m -> m.getString("code")).toList();
        assertTrue(codes.containsAll(DEMO_MISSIONS), "demo missions among " + codes);

        try (Connection db = DriverManager.getConnection(DeployedCamino.server().jdbcUrl() + "?currentSchema=camino", "postgres", "postgres");
             Statement sql = db.createStatement();
             ResultSet rs = sql.executeQuery("select count(*) from case_file where updated_by = 'system'")) {
            rs.next();
            assertEquals(300, rs.getLong(1), "demo mode registers 300 synthetic cases at first start");
        }
        for (String caseworker : List.of("caseworker", "caseworker.jor")) {
            JsonObject page = World.object(Api.get("/api/cases?limit=1", Api.token(caseworker, WebClient.DEMO_PASSWORD, null)).body());
            assertTrue(page.getJsonNumber("total").longValue() > 0, caseworker + " has demo cases to work on");
        }
    }

    /** The table under "## Demo accounts" in README.md. */
    private static List<DemoAccount> readmeAccounts() throws Exception {
        Path readme = Path.of(System.getProperty("camino.module.dir", ".")).resolve("../README.md");
        List<String> lines = Files.readAllLines(readme);
        int section = lines.indexOf("## Demo accounts");
        assertTrue(section >= 0, "README.md has a Demo accounts section");
        List<DemoAccount> accounts = new ArrayList<>();
        for (String line : lines.subList(section + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (line.startsWith("| `")) {
                String[] cells = line.split("\\|");
                accounts.add(new DemoAccount(cells[1].trim().replace("`", ""), cells[2].trim(), cells[3].trim()));
            }
        }
        return accounts;
    }
}
