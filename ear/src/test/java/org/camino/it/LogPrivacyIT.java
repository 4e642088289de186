package org.camino.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.camino.it.CaseFixtures.number;
import static org.camino.it.CaseFixtures.person;
import static org.camino.it.CaseFixtures.register;
import static org.camino.it.CaseFixtures.unique;
import static org.camino.it.CaseFixtures.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No personal data in logs: the product's flows, the refused ones included,
 * run with marked names, document numbers, notes and reasons; then every
 * line the server wrote (console and log files) and the access log are read,
 * and none of the marks may be there.
 */
@ExtendWith(DeployedCamino.class)
class LogPrivacyIT {

    @Test
    void flowsAndRefusalsLeaveNoPersonalValueInAnyLog() {
        String given = unique("Loggiven");
        String family = unique("Logfamily");
        String document = unique("LOGDOC");
        String note = unique("Lognote");
        String reason = unique("Logreason");
        String typedAsUserName = unique("Logpassword");
        String tooLong = unique("Loglong") + "x".repeat(300);
        List<String> marks = List.of(given, family, document, note, reason, typedAsUserName, tooLong.substring(0, 17));

        World world = World.create();
        String worker = world.token("caseworker");
        String manager = world.token("manager");
        String json = register(worker, "RST", world.mission(), person(given, family, "1990-02-03", document, "+254700111222"));
        String number = number(json);
        assertEquals(200, Api.post("/api/cases/" + number + "/notes", worker, "{\"text\":\"" + note + "\"}").statusCode());
        assertEquals(200, Api.get("/api/cases/search?by=name&value=" + given + "+" + family, worker).statusCode());

        // refused input: a name over its limit (bean validation), a step without its version, a wrong sign-in
        HttpResponse<String> overLimit = Api.post("/api/cases", worker, CaseFixtures.newCase("RST", world.mission(),
                person(tooLong, family, "1990-02-03", "", ""), "[]", true));
        assertEquals(400, overLimit.statusCode(), overLimit.body());
        HttpResponse<String> noVersion = Api.post("/api/cases/" + number + "/steps", manager,
                "{\"toStatus\":\"CLOSED\",\"reason\":\"" + reason + "\",\"closureReason\":\"LOST_CONTACT\"}");
        assertEquals(400, noVersion.statusCode(), noVersion.body());
        HttpResponse<String> conflict = Api.post("/api/cases/" + number + "/steps", manager, "{\"expectedVersion\":"
                + (version(json) + 7) + ",\"toStatus\":\"CLOSED\",\"reason\":\"" + reason + "\",\"closureReason\":\"LOST_CONTACT\"}");
        assertEquals(409, conflict.statusCode(), conflict.body());
        assertEquals(401, Api.requestToken(typedAsUserName, world.password("caseworker"), null).statusCode());

        String accessLog = Api.get("/api/admin/access-log?limit=500", world.token("admin")).body();
        List<String> found = new ArrayList<>();
        for (String mark : marks) {
            if (accessLog.contains(mark)) {
                found.add("access log: " + mark);
            }
            for (Path log : serverLogs()) {
                if (read(log).contains(mark)) {
                    found.add(log.getFileName() + ": " + mark);
                }
            }
        }
        assertTrue(found.isEmpty(), "personal values in logs: " + found);
        assertTrue(accessLog.contains("unknown user "), "the failed sign-in is in the access log, by a keyed hash: " + accessLog);
    }

    private static List<Path> serverLogs() {
        Path base = DeployedCamino.server().serverBase();
        List<Path> logs = new ArrayList<>(List.of(base.resolve("console.log")));
        try (Stream<Path> files = Files.exists(base.resolve("log")) ? Files.list(base.resolve("log")) : Stream.empty()) {
            files.filter(Files::isRegularFile).forEach(logs::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return logs;
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyLogLineOfARequestCarriesItsIdWhichTheAnswerReturns() {
        World world = World.create();
        String id = "it-" + UUID.randomUUID();
        HttpResponse<String> generated = Api.send(HttpRequest.newBuilder(
                        URI.create(DeployedCamino.baseUrl() + "/api/admin/synthetic"))
                .header("Authorization", "Bearer " + world.token("admin")).header("X-Request-Id", id)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"count\":2,\"seed\":3,\"mission\":\""
                        + world.mission() + "\"}")));
        assertEquals(201, generated.statusCode(), generated.body());
        assertEquals(id, generated.headers().firstValue("X-Request-Id").orElse(null), "the answer names the request");
        assertTrue(DeployedCamino.server().consoleLog().lines()
                .anyMatch(line -> line.contains("[" + id + "]") && line.contains("Synthetic data: 2 cases")),
                "the line the request wrote carries its id");

        // an id that could forge a log line is replaced by the server's own
        HttpResponse<String> forged = Api.send(HttpRequest.newBuilder(
                        URI.create(DeployedCamino.baseUrl() + "/api/health"))
                .header("X-Request-Id", "abc] INFO fake line"));
        String given = forged.headers().firstValue("X-Request-Id").orElseThrow();
        assertTrue(given.matches("[0-9a-f-]{36}"), given);
    }

}
