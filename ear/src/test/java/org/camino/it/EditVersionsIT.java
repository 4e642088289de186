package org.camino.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Versions of edits as ETag / If-Match beside the body's version, and pages of lists as Link headers. */
@ExtendWith(DeployedCamino.class)
class EditVersionsIT {

    private static World world;
    private static String token;

    @BeforeAll
    static void aWorld() {
        world = World.create();
        token = world.token("caseworker");
    }

    private static String newCase() {
        return CaseFixtures.number(CaseFixtures.register(token, "RST", world.mission(), CaseFixtures.person(
                CaseFixtures.unique("Etag"), CaseFixtures.unique("Test"), "1985-06-07", CaseFixtures.unique("E"), "")));
    }

    private static HttpResponse<String> assign(String number, String ifMatch, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(DeployedCamino.baseUrl() + "/api/v1/cases/" + number + "/assignee"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return Api.send(request);
    }

    private static String etag(String number) {
        HttpResponse<String> read = Api.get("/api/v1/cases/" + number, token);
        assertEquals(200, read.statusCode(), read.body());
        String etag = read.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + read.headers()));
        assertEquals("\"" + World.object(read.body()).getJsonNumber("version").longValue() + "\"", etag);
        return etag;
    }

    @Test
    void theETagOfACaseIsItsVersionAndIfMatchCarriesItToAnEdit() {
        String number = newCase();
        String read = etag(number);
        HttpResponse<String> taken = assign(number, read, "{\"assignee\":\"" + world.username("caseworker") + "\"}");
        assertEquals(200, taken.statusCode(), taken.body());
        assertFalse(read.equals(etag(number)), "the edit made a new version");

        HttpResponse<String> stale = assign(number, read, "{\"assignee\":null}");
        assertEquals(412, stale.statusCode(), stale.body());
        ApiInputIT.assertProblem(stale);
        long staleVersion = Long.parseLong(read.replace("\"", ""));
        HttpResponse<String> staleBody = assign(number, null, "{\"assignee\":null,\"version\":" + staleVersion + "}");
        assertEquals(409, staleBody.statusCode(), "a stale version in the body stays a 409: " + staleBody.body());

        String current = etag(number);
        HttpResponse<String> given = assign(number, current, "{\"assignee\":null,\"version\":" + current.replace("\"", "") + "}");
        assertEquals(200, given.statusCode(), "If-Match and the same version in the body: " + given.body());
    }

    @Test
    void anIfMatchThatContradictsTheBodyOrIsNoVersionOrGoesWhereNoVersionIsIsA400NamingIt() {
        String number = newCase();
        String current = etag(number);
        long version = Long.parseLong(current.replace("\"", ""));
        HttpResponse<String> differs = assign(number, current, "{\"assignee\":null,\"version\":" + (version + 5) + "}");
        assertEquals(400, differs.statusCode(), differs.body());
        assertEquals(List.of("If-Match"), ApiInputIT.namedFields(differs));
        HttpResponse<String> notAVersion = assign(number, "\"abc\"", "{\"assignee\":null}");
        assertEquals(400, notAVersion.statusCode(), notAVersion.body());
        assertEquals(List.of("If-Match"), ApiInputIT.namedFields(notAVersion));
        HttpResponse<String> note = Api.send(HttpRequest.newBuilder(URI.create(DeployedCamino.baseUrl() + "/api/v1/cases/" + number + "/notes"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json").header("If-Match", current)
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"a note\"}")));
        assertEquals(400, note.statusCode(), "a note has no version: " + note.body());
        assertEquals(List.of("If-Match"), ApiInputIT.namedFields(note));
    }

    @Test
    void aPageOfCasesLinksToTheFirstPreviousAndNextPages() {
        for (int i = 0; i < 3; i++) {
            newCase();
        }
        String list = "/api/v1/cases?mission=" + world.mission() + "&type=RST";
        HttpResponse<String> middle = Api.get(list + "&offset=1&limit=1", token);
        assertEquals(200, middle.statusCode(), middle.body());
        JsonObject page = World.object(middle.body());
        assertTrue(page.getJsonNumber("total").longValue() >= 3, middle.body());
        List<String> links = middle.headers().allValues("Link");
        assertTrue(links.stream().anyMatch(l -> l.contains("rel=\"first\"") && l.contains("offset=0") && l.contains("limit=1")), links.toString());
        assertTrue(links.stream().anyMatch(l -> l.contains("rel=\"prev\"") && l.contains("offset=0")), links.toString());
        assertTrue(links.stream().anyMatch(l -> l.contains("rel=\"next\"") && l.contains("offset=2") && l.contains("mission=" + world.mission())),
                links.toString());

        HttpResponse<String> first = Api.get(list + "&offset=0&limit=1", token);
        assertTrue(first.headers().allValues("Link").stream().noneMatch(l -> l.contains("rel=\"prev\"")), first.headers().allValues("Link").toString());
        HttpResponse<String> all = Api.get(list + "&offset=0&limit=50", token);
        assertTrue(all.headers().allValues("Link").stream().noneMatch(l -> l.contains("rel=\"next\"")), "one page holds them all");
    }
}
