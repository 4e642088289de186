package org.camino.it;

import jakarta.json.Json;
import org.camino.devserver.CaminoCluster;
import org.camino.devserver.CaminoServer;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.camino.it.CaseFixtures.person;
import static org.camino.it.CaseFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The node-kill drill of issue 17 (docs/reliability.md): two WildFly members with the HA profile on one
 * PostgreSQL behind WildFly's load balancer (CaminoCluster), all on 127.0.0.1. A caseworker signed in through
 * the balancer with a browser session, and API clients registering cases; the member serving the browser
 * session is killed with SIGKILL. The signed-in caseworker keeps working on the other member without signing
 * in again (a form loaded before the kill is submitted after it), the API tokens keep working, and every
 * registration the cluster acknowledged (201) is in the database, whole.
 */
class ClusterFailoverIT {

    private static final Path BUILD = Path.of(System.getProperty("camino.build.dir", "target"));
    // ports of their own, away from the shared test server's and the other tests' (PORT_OFFSET + 0 to 600)
    private static final CaminoCluster.Ports PORTS = new CaminoCluster.Ports(DeployedCamino.PORT_OFFSET + 700,
            DeployedCamino.PORT_OFFSET + 800, DeployedCamino.PORT_OFFSET + 900);
    private static final int SAVERS = 4;
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String CHILD = "[{\"person\":" + person("Child", "Cluster", "2018-03-04", "", "")
            .replace("\"documentType\":\"PASSPORT\",", "") + ",\"relationship\":\"CHILD\"}]";

    /** One registration, what came back (-1: no answer), and when it was answered (ns, System.nanoTime). */
    private record Save(String document, int status, String number, long answeredAt) implements Savers.Answer {
    }

    @Test
    void whenTheMemberServingACaseworkerIsKilledTheyKeepWorkingSignedInAndNoAcknowledgedSaveIsLost() throws Exception {
        CaminoServer.Options options = new CaminoServer.Options(Path.of(System.getProperty("camino.wildfly.home")),
                Path.of(System.getProperty("camino.module.dir", ".")), BUILD, BUILD.resolve("cluster-home"), null,
                0, 0, true, true, false, Map.of("CAMINO_NODE_ROLE", "both"));
        long booting = System.nanoTime();
        try (CaminoCluster cluster = CaminoCluster.start(options, PORTS, BUILD.resolve("cluster"))) {
            System.out.printf("[camino] cluster started in %.1f s%n", (System.nanoTime() - booting) / 1e9);
            String base = cluster.baseUrl();
            String mission = World.newMissionCode();
            String admin = Api.tokenAt(base, "admin", WebClient.DEMO_PASSWORD);
            assertEquals(201, Api.callAt(base, "POST", "/api/admin/missions", admin, Json.createObjectBuilder()
                    .add("code", mission).add("name", "Cluster drill " + mission).add("country", "KEN").build().toString())
                    .statusCode());
            String username = "cluster." + mission.toLowerCase().replace("-", "");
            String password = caseworker(base, admin, username, mission);
            String token = Api.tokenAt(base, username, password);
            String baseline = CaseFixtures.number(register(base, token, mission, unique("D")).body());

            // the caseworker signs in with a browser through the balancer and opens the search page
            WebClient browser = new WebClient(base);
            HttpResponse<String> home = browser.signIn(username, password);
            assertEquals(200, home.statusCode(), "signed in through the balancer");
            String session = browser.cookie("JSESSIONID").orElseThrow();
            CaminoServer serving = cluster.memberOfSession(session);
            HttpResponse<String> searchPage = browser.get("/cases/search.xhtml");
            assertEquals(200, searchPage.statusCode());

            List<Save> saves;
            long killedAt;
            try (Savers<Save> savers = savers(base, token, mission)) {
                savers.await(s -> s.status() == 201, 2 * SAVERS);
                killedAt = System.nanoTime();
                serving.killWildFly();
                System.out.printf("[camino] killed %s (it served session ...%s); %d saves acknowledged before%n",
                        serving.clusterNodeName(), session.substring(session.lastIndexOf('.')), savers.count(201));
                savers.await(s -> s.status() == 201 && s.answeredAt() > killedAt, 3 * SAVERS);
                saves = savers.stop();
            }

            // the caseworker goes on where they were: the form loaded before the kill, searching a case saved before it
            Save before = saves.stream().filter(s -> s.status() == 201 && s.answeredAt() < killedAt).findFirst().orElseThrow();
            HttpResponse<String> found = browser.submit(searchPage, "search", Map.of("by", "document", "value", before.document()), "go");
            assertEquals(200, found.statusCode(), "the postback is answered by the other member, signed in: " + found.headers().map());
            assertTrue(found.body().contains(before.number()), "the search finds " + before.number());
            HttpResponse<String> again = browser.get("/index.xhtml");
            assertEquals(200, again.statusCode(), "still signed in, no redirect to the login page: " + again.headers().map());
            assertNotEquals(serving, cluster.memberOfSession(browser.cookie("JSESSIONID").orElseThrow()),
                    "the session now routes to the member alive");

            List<Save> acknowledged = saves.stream().filter(s -> s.status() == 201).toList();
            List<Save> failed = saves.stream().filter(s -> s.status() != 201).toList();
            Map<String, String> shapes = Savers.shapes(cluster.jdbcUrl(), mission);
            assertFalse(shapes.isEmpty());
            for (Save save : acknowledged) {
                assertEquals(shapes.get(baseline), shapes.get(save.number()), save.number() + " was acknowledged: it is there, whole");
                HttpResponse<String> read = Api.callAt(base, "GET", "/api/cases/" + save.number(), token, null);
                assertEquals(200, read.statusCode(), save.number() + " reads back through the balancer");
            }
            shapes.values().forEach(shape -> assertEquals(shapes.get(baseline), shape, "no case is half saved"));
            assertTrue(shapes.size() >= acknowledged.size() + 1 && shapes.size() <= acknowledged.size() + 1 + failed.size(),
                    "acknowledged " + acknowledged.size() + ", failed " + failed.size() + ", in the database " + shapes.size());
            long firstAfter = acknowledged.stream().mapToLong(Save::answeredAt).filter(t -> t > killedAt).min().orElseThrow();
            System.out.printf("[camino] drill: %d saves acknowledged (%d before the kill), %d not (statuses %s), %d cases in"
                            + " the database (baseline included); first save acknowledged %.1f s after the kill%n",
                    acknowledged.size(), acknowledged.stream().filter(s -> s.answeredAt() < killedAt).count(), failed.size(),
                    failed.stream().map(Save::status).toList(), shapes.size(), (firstAfter - killedAt) / 1e9);
        }
    }

    /** API clients registering cases one after the other through the balancer. */
    private static Savers<Save> savers(String base, String token, String mission) {
        return new Savers<>(SAVERS, WAIT, () -> {
            String document = unique("D");
            try {
                HttpResponse<String> answer = register(base, token, mission, document);
                return new Save(document, answer.statusCode(), answer.statusCode() == 201
                        ? CaseFixtures.number(answer.body()) : null, System.nanoTime());
            } catch (IllegalStateException noAnswer) {
                return new Save(document, -1, null, System.nanoTime());
            }
        });
    }

    private static HttpResponse<String> register(String base, String token, String mission, String document) {
        return Api.callAt(base, "POST", "/api/cases", token, CaseFixtures.newCase("RST", mission,
                person(unique("Node"), unique("Kill"), "1990-01-01", document, ""), CHILD, true));
    }

    /** A caseworker of the mission, made by the administrator, initial password changed; returns the password. */
    private static String caseworker(String base, String admin, String username, String mission) {
        String initial = "Pw-" + unique("Initial") + "x9Q";
        String body = Json.createObjectBuilder().add("username", username).add("displayName", "Cluster caseworker")
                .add("initialPassword", initial).add("assignments", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("roleCode", "CASEWORKER").add("missionCode", mission).add("programmeArea", "resettlement")))
                .build().toString();
        assertEquals(201, Api.callAt(base, "POST", "/api/admin/users", admin, body).statusCode(), "caseworker created");
        String password = "Pw-" + unique("Changed") + "k7Z";
        HttpResponse<String> changed = Api.callAt(base, "POST", "/api/account/password", null, Json.createObjectBuilder()
                .add("username", username).add("currentPassword", initial).add("newPassword", password).build().toString());
        assertEquals(204, changed.statusCode(), changed.body());
        return password;
    }
}
