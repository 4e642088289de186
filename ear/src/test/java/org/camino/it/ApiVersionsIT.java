package org.camino.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API answers under /camino/api/v1; the unversioned paths of before answer the same, marked deprecated until their sunset. */
@ExtendWith(DeployedCamino.class)
class ApiVersionsIT {

    private static World world;
    private static String token;
    private static String number;

    @BeforeAll
    static void aCase() {
        world = World.create();
        token = world.token("caseworker");
        number = CaseFixtures.number(CaseFixtures.register(token, "RST", world.mission(), CaseFixtures.person(
                CaseFixtures.unique("Version"), CaseFixtures.unique("Test"), "1990-01-02", CaseFixtures.unique("V"), "")));
    }

    @Test
    void theVersionedAndTheDeprecatedPathAnswerTheSameCase() {
        HttpResponse<String> versioned = Api.get("/api/v1/cases/" + number, token);
        HttpResponse<String> deprecated = Api.get("/api/cases/" + number, token);
        assertEquals(200, versioned.statusCode(), versioned.body());
        assertEquals(200, deprecated.statusCode(), deprecated.body());
        JsonObject v1 = World.object(versioned.body());
        JsonObject old = World.object(deprecated.body());
        assertEquals(v1.getString("number"), old.getString("number"));
        assertEquals(v1.getJsonNumber("version"), old.getJsonNumber("version"));
    }

    @Test
    void onlyTheDeprecatedPathSaysItIsDeprecatedWhenItGoesAndWhereItsSuccessorIs() {
        HttpResponse<String> deprecated = Api.get("/api/cases?limit=1", token);
        assertEquals(200, deprecated.statusCode(), deprecated.body());
        assertEquals("@1796601600", deprecated.headers().firstValue("Deprecation").orElse(""));
        assertEquals("Fri, 31 Dec 2027 23:59:59 GMT", deprecated.headers().firstValue("Sunset").orElse(""));
        assertTrue(deprecated.headers().allValues("Link").contains("</camino/api/v1/cases>; rel=\"successor-version\""),
                deprecated.headers().allValues("Link").toString());

        HttpResponse<String> versioned = Api.get("/api/v1/cases?limit=1", token);
        assertEquals(200, versioned.statusCode(), versioned.body());
        assertFalse(versioned.headers().firstValue("Deprecation").isPresent());
        assertFalse(versioned.headers().firstValue("Sunset").isPresent());
    }

    @Test
    void theOpenPathsAreOpenUnderBothAndTheOthersNeedATokenUnderBoth() {
        assertEquals(200, Api.get("/api/v1/health", null).statusCode());
        assertEquals(200, Api.get("/api/health", null).statusCode());
        assertEquals(401, Api.get("/api/v1/cases", null).statusCode());
        assertEquals(401, Api.get("/api/cases", null).statusCode());
        HttpResponse<String> signIn = Api.post("/api/v1/tokens", null, "{\"username\":\"" + world.username("caseworker")
                + "\",\"password\":\"" + world.password("caseworker") + "\",\"name\":\"v1\"}");
        assertEquals(201, signIn.statusCode(), signIn.body());
    }
}
