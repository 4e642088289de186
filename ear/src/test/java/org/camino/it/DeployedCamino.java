package org.camino.it;

import org.camino.devserver.CaminoServer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;
import java.util.Map;

/**
 * One Camino for the whole integration-test run: embedded PostgreSQL in a
 * throw-away directory, WildFly with camino.ear, ports offset by 100 so that a
 * Camino started with README command 1 can keep running beside the tests.
 * Test classes say {@code @ExtendWith(DeployedCamino.class)}; the server stops
 * when the run ends.
 */
public class DeployedCamino implements BeforeAllCallback {

    /** 100 by default (HTTP on 8180); -Dcamino.it.portOffset=N lets several checkouts test side by side. */
    static final int PORT_OFFSET = Integer.getInteger("camino.it.portOffset", 100);
    private static CaminoServer server;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(DeployedCamino.class, key -> startServer(), AutoCloseable.class);
    }

    private static synchronized AutoCloseable startServer() {
        Path buildDir = Path.of(System.getProperty("camino.build.dir", "target"));
        server = CaminoServer.start(new CaminoServer.Options(
                Path.of(System.getProperty("camino.wildfly.home")),
                Path.of(System.getProperty("camino.module.dir", ".")),
                buildDir,
                buildDir.resolve("it-home"),
                buildDir.resolve("it-server"),
                0, PORT_OFFSET, true, true, false,
                Map.of("CAMINO_NODE_ROLE", "both")));
        return server;
    }

    public static CaminoServer server() {
        if (server == null) {
            throw new IllegalStateException("Camino is not started: annotate the test with @ExtendWith(DeployedCamino.class)");
        }
        return server;
    }

    public static String baseUrl() {
        return server().baseUrl();
    }
}
