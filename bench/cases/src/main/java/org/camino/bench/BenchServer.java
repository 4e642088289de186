package org.camino.bench;

import org.camino.devserver.CaminoServer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A Camino of a benchmark's own: the WildFly and EAR that {@code ./mvnw package
 * -pl ear -am} built, node role "both", an embedded PostgreSQL thrown away
 * with {@code work} (fsync off), on 127.0.0.1 at the given port offset.
 */
final class BenchServer {

    private BenchServer() {
    }

    static CaminoServer start(Path root, Path work, int portOffset) throws Exception {
        return start(root, work, portOffset, Map.of());
    }

    /** As above, with more environment variables of Camino (e.g. CAMINO_CDR_BATCH_SIZE). */
    static CaminoServer start(Path root, Path work, int portOffset, Map<String, String> env) throws Exception {
        return start(root, root.resolve("ear/target"), work, portOffset, env, false);
    }

    /**
     * As above, from the WildFly, EAR and driver in {@code build} (a copy of ear/target, so that a build of the
     * checkout meanwhile cannot change the running server's files); {@code durable}: the database in
     * {@code work} is kept and runs with fsync and synchronous_commit on, as the run command's (the caller
     * empties {@code work} first if it wants a fresh one).
     */
    static CaminoServer start(Path root, Path build, Path work, int portOffset, Map<String, String> env, boolean durable)
            throws Exception {
        Path wildfly;
        try (Stream<Path> dirs = Files.list(build)) {
            wildfly = dirs.filter(d -> d.getFileName().toString().startsWith("wildfly-")).findFirst()
                    .orElseThrow(() -> new IOException("No WildFly in " + build + ": run ./mvnw package -pl ear -am first"));
        }
        Map<String, String> extraEnv = new java.util.HashMap<>(env);
        extraEnv.put("JAVA_OPTS", "-Xms2g -Xmx2g -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m"
                + " -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true"
                // a machine loaded by other builds may take longer than WildFly's 300 s to deploy
                + " -Djboss.as.management.blocking.timeout=1800");
        CaminoServer.Options options = new CaminoServer.Options(wildfly, root.resolve("ear"), build,
                work.resolve("bench-home"), work.resolve("bench-server"), 0, portOffset, true, !durable, false, extraEnv);
        CaminoServer server = CaminoServer.start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "bench-shutdown"));
        return server;
    }
}
