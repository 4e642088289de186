package org.camino.it;

import jakarta.json.JsonObject;
import org.camino.devserver.CaminoServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.camino.it.CaseFixtures.number;
import static org.camino.it.CaseFixtures.person;
import static org.camino.it.CaseFixtures.register;
import static org.camino.it.CaseFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fault drills of issue 17 on the tests' shared server (no second server to boot, so they stay quick): caseworkers
 * keep registering cases while PostgreSQL is stopped, or while WildFly is killed with SIGKILL; afterwards the
 * database holds every acknowledged (201) case whole and no case half. Each drill leaves the server as it found
 * it: PostgreSQL started again, WildFly restarted on the same configuration and database.
 */
@ExtendWith(DeployedCamino.class)
class FaultDrillIT {

    private static final int SAVERS = 4;
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** The household's second member, as CaseFixtures.register adds it, so that every case has the same shape. */
    private static final String CHILD = "[{\"person\":" + person("Child", "Drill", "2018-03-04", "", "")
            .replace("\"documentType\":\"PASSPORT\",", "") + ",\"relationship\":\"CHILD\"}]";

    /**
     * One registration (its principal's name and document number) and what came back: its status, or -1 when no
     * answer came (the server was gone).
     */
    private record Save(String name, String document, int status, String body, String contentType) implements Savers.Answer {
    }

    @Test
    void whilePostgresIsDownSavesAreRefused503NothingIsHalfSavedAndCaminoRecoversByItself() throws Exception {
        World world = World.create();
        String token = world.token("caseworker");
        String baseline = number(register(token, "RST", world.mission(), person(unique("Base"), unique("Line"), "1990-01-01", unique("D"), "")));
        WebClient page = new WebClient();
        world.signIn(page, "caseworker");
        CaminoServer server = DeployedCamino.server();
        List<Save> saves;
        HttpResponse<String> pageWhileDown;
        HttpResponse<String> signInWhileDown;
        try (Savers<Save> savers = savers(token, world.mission())) {
            savers.await(s -> s.status() == 201, 2);
            server.stopDatabase();
            savers.await(s -> s.status() == 503, SAVERS);
            pageWhileDown = page.get("/index.xhtml");
            signInWhileDown = Api.requestToken(world.username("caseworker"), world.password("caseworker"), null);
            saves = savers.stop();
        } finally {
            server.restartDatabase();
        }

        for (Save save : saves) {
            if (save.status() != 201) {
                assertEquals(503, save.status(), "a save while PostgreSQL is down: " + save.body());
                JsonObject problem = World.object(save.body());
                assertEquals("Temporarily unavailable", problem.getString("title"), save.body());
                assertEquals("database.unavailable", problem.getString("code"), save.body());
                assertTrue(problem.getString("detail").contains("Nothing was saved"), save.body());
                assertTrue(save.contentType().startsWith("application/problem+json"), save.contentType());
            }
        }
        assertEquals(503, pageWhileDown.statusCode(), "a page while PostgreSQL is down");
        assertTrue(pageWhileDown.body().contains("Nothing was saved"), "the page says so: " + pageWhileDown.body());
        assertEquals(503, signInWhileDown.statusCode(), "a sign-in is not refused as a wrong password: " + signInWhileDown.body());

        // recovery without restarting WildFly: once PostgreSQL answers, the next save works
        awaitHealthy();
        String after = number(register(token, "RST", world.mission(), person(unique("After"), unique("Back"), "1990-01-01", unique("D"), "")));

        List<Save> acknowledged = saves.stream().filter(s -> s.status() == 201).toList();
        for (Save save : saves) {
            // by document number: an exact blind index (a name search also finds names that sound alike)
            boolean found = !World.array(Api.get("/api/cases/search?by=document&value=" + enc(save.document()), token).body()).isEmpty();
            assertEquals(save.status() == 201, found, save.document() + " answered " + save.status() + (found ? " is" : " is not") + " saved");
        }
        Map<String, String> shapes = Savers.shapes(DeployedCamino.server().jdbcUrl(), world.mission());
        assertEquals(acknowledged.size() + 2, shapes.size(), "the acknowledged cases, the one before and the one after: " + shapes.keySet());
        assertEveryCaseWhole(shapes, baseline);
        assertTrue(shapes.containsKey(after));
    }

    @Test
    void afterWildFlyIsKilledDuringSavesEveryAcknowledgedSaveIsThereWholeAndNoneHalf() throws Exception {
        World world = World.create();
        String token = world.token("caseworker");
        String baseline = number(register(token, "RST", world.mission(), person(unique("Base"), unique("Line"), "1990-01-01", unique("D"), "")));
        CaminoServer server = DeployedCamino.server();
        List<Save> saves;
        try (Savers<Save> savers = savers(token, world.mission())) {
            savers.await(s -> s.status() == 201, 3 * SAVERS);
            server.killWildFly();
            saves = savers.stop();
        } finally {
            server.restartWildFly();
        }

        List<Save> acknowledged = saves.stream().filter(s -> s.status() == 201).toList();
        assertTrue(acknowledged.size() >= 3 * SAVERS, "saves acknowledged before the kill: " + acknowledged.size());
        assertTrue(saves.stream().allMatch(s -> s.status() == 201 || s.status() == -1),
                "every save is acknowledged or unanswered: " + saves.stream().map(Save::status).toList());
        for (Save save : acknowledged) {
            String number = Api.jsonString(save.body(), "number");
            HttpResponse<String> read = Api.get("/api/cases/" + number, token);
            assertEquals(200, read.statusCode(), number + " was acknowledged: " + read.body());
            JsonObject kase = World.object(read.body());
            assertEquals(2, kase.getJsonArray("household").size(), number + ": principal and child");
            JsonObject principal = kase.getJsonArray("household").stream().map(m -> m.asJsonObject())
                    .filter(m -> m.getBoolean("principal")).findFirst().orElseThrow().getJsonObject("person");
            assertEquals(save.name(), principal.getString("givenName") + " " + principal.getString("familyName"));
        }
        Map<String, String> shapes = Savers.shapes(DeployedCamino.server().jdbcUrl(), world.mission());
        long unanswered = saves.size() - acknowledged.size();
        assertTrue(shapes.size() >= acknowledged.size() + 1 && shapes.size() <= acknowledged.size() + 1 + unanswered,
                "acknowledged " + acknowledged.size() + ", unanswered " + unanswered + ", in the database " + shapes.size());
        assertEveryCaseWhole(shapes, baseline);
    }

    /** Caseworkers registering cases one after the other (a short pause between), each with a name of its own. */
    private static Savers<Save> savers(String token, String mission) {
        return new Savers<>(SAVERS, WAIT, () -> {
            String given = unique("Drill");
            String family = unique("Save");
            String document = unique("D");
            String body = CaseFixtures.newCase("RST", mission, person(given, family, "1990-01-01", document, ""), CHILD, true);
            try {
                HttpResponse<String> answer = Api.post("/api/cases", token, body);
                return new Save(given + " " + family, document, answer.statusCode(), answer.body(),
                        answer.headers().firstValue("Content-Type").orElse(""));
            } catch (IllegalStateException noAnswer) {
                return new Save(given + " " + family, document, -1, String.valueOf(noAnswer.getCause()), "");
            }
        });
    }

    /** Every case has the shape of the one registered before the fault. */
    private static void assertEveryCaseWhole(Map<String, String> shapes, String baseline) {
        String whole = shapes.get(baseline);
        shapes.forEach((number, shape) -> {
            if (!number.equals(baseline)) {
                assertEquals(whole, shape, number + " is whole");
            }
        });
    }

    private static void awaitHealthy() {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (Api.get("/api/health", null).statusCode() != 200) {
            assertFalse(System.nanoTime() > deadline, "Camino is healthy again within a minute of PostgreSQL's restart");
            pause(200);
        }
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
