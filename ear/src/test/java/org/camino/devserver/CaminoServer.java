package org.camino.devserver;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs Camino the way README command 1 and the integration tests need it: an
 * embedded PostgreSQL (binaries from Maven Central), a fresh copy of the
 * WildFly standalone directory configured by {@code src/main/wildfly/*.cli},
 * and {@code camino.ear} deployed into it. {@link #close()} stops WildFly, then
 * PostgreSQL.
 *
 * <p>The server directory is disposable and rebuilt at every start; what must
 * survive (the database, demo keys) lives in {@code CAMINO_HOME}.
 */
public final class CaminoServer implements AutoCloseable {

    public static final String DB_NAME = "camino";
    /** 4 minutes; -Dcamino.deployTimeoutSeconds=N on a machine loaded by several builds. */
    private static final Duration DEPLOY_TIMEOUT = Duration.ofSeconds(Integer.getInteger("camino.deployTimeoutSeconds", 240));

    /** Where things are and how to run them. */
    public record Options(Path wildflyHome, Path moduleDir, Path buildDir, Path caminoHome,
                          Path serverBase, int postgresPort, int portOffset, boolean demo,
                          boolean cleanDatabase, boolean consoleToTerminal, Map<String, String> extraEnv) {

        /** Paths handed over by Maven (system properties), with defaults for running from an IDE. */
        static Options fromBuild(Path caminoHome, Path serverBase, int postgresPort, int portOffset, boolean demo,
                                 boolean cleanDatabase, boolean consoleToTerminal, Map<String, String> extraEnv) {
            Path moduleDir = Path.of(System.getProperty("camino.module.dir", "ear")).toAbsolutePath();
            Path buildDir = Path.of(System.getProperty("camino.build.dir", moduleDir.resolve("target").toString()));
            Path wildflyHome = Path.of(System.getProperty("camino.wildfly.home",
                    buildDir.resolve("wildfly-38.0.1.Final").toString()));
            return new Options(wildflyHome, moduleDir, buildDir, caminoHome,
                    serverBase != null ? serverBase : buildDir.resolve("camino-server"), postgresPort, portOffset,
                    demo, cleanDatabase, consoleToTerminal, extraEnv);
        }

        /** The same, with other environment variables for Camino. */
        Options withExtraEnv(Map<String, String> otherEnv) {
            return new Options(wildflyHome, moduleDir, buildDir, caminoHome, serverBase, postgresPort, portOffset, demo,
                    cleanDatabase, consoleToTerminal, otherEnv);
        }
    }

    /** Replaced only by {@link #restartWildFly(Map)}, which gives WildFly other environment variables. */
    private Options options;
    /** Set for a member of a cluster (CaminoCluster): its jboss.node.name, also its sessions' route. */
    private final String clusterNodeName;
    /** The member whose PostgreSQL this one uses; null when this server starts its own. */
    private final CaminoServer sharedDatabase;
    private EmbeddedPostgres postgres;
    private int postgresPort;
    private Process wildfly;
    private Duration wildflyBootAndDeploy;

    /** {@code clusterNodeName} and {@code sharedDatabase}: see the fields; both null for a single server. */
    private CaminoServer(Options options, String clusterNodeName, CaminoServer sharedDatabase) {
        this.options = options;
        this.clusterNodeName = clusterNodeName;
        this.sharedDatabase = sharedDatabase;
    }

    /** README command 1. */
    public static void main(String[] args) throws Exception {
        Path home = Path.of(env("CAMINO_HOME", System.getProperty("user.home") + "/.camino")).toAbsolutePath();
        int pgPort = Integer.parseInt(env("CAMINO_PG_PORT", "15432"));
        CaminoServer server = new CaminoServer(Options.fromBuild(home, null, pgPort, 0, true, false, true, Map.of()), null, null);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "camino-shutdown"));
        long started = System.nanoTime();
        server.start();
        System.out.printf("%n  Camino is running (started in %.1f s; data in %s)%n%n    http://localhost:8080/camino%n%n"
                        + "  Demo accounts are listed in README.md. Press Ctrl-C to stop.%n%n",
                (System.nanoTime() - started) / 1e9, home);
        server.wildfly.waitFor();
    }

    public static CaminoServer start(Options options) {
        CaminoServer server = new CaminoServer(options, null, null);
        try {
            server.start();
            return server;
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
    }

    /**
     * A member of a cluster (CaminoCluster), not started yet: WildFly's HA profile configured by configure.cli then
     * cluster/node.cli, named {@code nodeName}; on the PostgreSQL of {@code sharedDatabase}, or on its own when that
     * is null. {@link #configure()}, then {@link #boot()}; {@link #close()} if either fails.
     */
    static CaminoServer clusterMember(Options options, String nodeName, CaminoServer sharedDatabase) {
        return new CaminoServer(options, nodeName, sharedDatabase);
    }

    /** Starts WildFly only as far as the deployment result, successful or not: for start-up failure tests. */
    public static CaminoServer startExpectingFailure(Options options) {
        CaminoServer server = new CaminoServer(options, null, null);
        try {
            server.start();
        } catch (IllegalStateException expected) {
            server.failure = expected;
        }
        return server;
    }

    private IllegalStateException failure;

    public IllegalStateException failure() {
        return failure;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + (8080 + options.portOffset()) + "/camino";
    }

    /** JDBC URL of the embedded database, for tests that check what really reached PostgreSQL. */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + DB_NAME;
    }

    /** The member's node name (its sessions' route), or null for a single server. */
    public String clusterNodeName() {
        return clusterNodeName;
    }

    public Path serverBase() {
        return options.serverBase();
    }

    public Duration wildflyBootAndDeploy() {
        return wildflyBootAndDeploy;
    }

    private void start() {
        configure();
        boot();
    }

    /**
     * Everything before WildFly itself: its own PostgreSQL (unless it shares one), the JDBC driver module and its
     * server directory, configured. A cluster member sharing a database needs nothing of the other member here,
     * so CaminoCluster configures it while the other member boots.
     */
    void configure() {
        if (sharedDatabase == null) {
            startPostgres(true);
        }
        installJdbcDriverModule();
        prepareServerDirectory();
        applyConfiguration();
    }

    /** Starts WildFly on the configured directory; returns when camino.ear is deployed. */
    void boot() {
        if (sharedDatabase != null) {
            postgresPort = sharedDatabase.postgresPort;
        }
        long started = System.nanoTime();
        startWildFly();
        awaitDeployment();
        wildflyBootAndDeploy = Duration.ofNanos(System.nanoTime() - started);
        log("WildFly booted and deployed camino.ear in %.1f s", wildflyBootAndDeploy.toMillis() / 1000.0);
    }

    /** {@code first}: the first start, which empties a throw-away database; later ones reuse its data and port. */
    private void startPostgres(boolean first) {
        Path dataDir = options.caminoHome().resolve("pgdata");
        try {
            Files.createDirectories(options.caminoHome());
            if (first && options.cleanDatabase()) {
                deleteRecursively(dataDir);
                // the access-log anchors belong to the database thrown away: a new log would not match them
                Files.deleteIfExists(options.caminoHome().resolve("access-log-anchors.txt"));
            }
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (!options.cleanDatabase()) {
                // The run command keeps its data: make it as durable as a production server. The library's
                // defaults (fsync and synchronous_commit off) suit a database thrown away after a test run;
                // on a kept one, a power cut could lose the last commits or corrupt the files.
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            } else {
                // WAL archiving ready, as production has it, for the backup drill (BackupRestoreIT): switching
                // archive_mode needs a restart, archive_command only a reload; until the drill names an
                // archive, archive_command (below) is 'true', which lets every segment go as without archiving
                builder.setServerConfig("archive_mode", "on");
            }
            postgres = builder
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(!first ? postgresPort : options.postgresPort() == 0 ? freePort() : options.postgresPort())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // the defaults (128 MB of buffers, a checkpoint every GB of WAL) are sized for a small
                    // machine; with a million cases the blind indexes alone outgrow them (docs/benchmarks.md)
                    .setServerConfig("shared_buffers", "512MB")
                    .setServerConfig("max_wal_size", "4GB")
                    .start();
            postgresPort = postgres.getPort();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dataDir + ": " + e.getMessage(), e);
        }
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres", "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("select 1 from pg_database where datname = '" + DB_NAME + "'")) {
                if (!rs.next()) {
                    statement.execute("create database " + DB_NAME);
                }
            }
            if (first && options.cleanDatabase()) {
                statement.execute("alter system set archive_command = 'true'");
                statement.execute("select pg_reload_conf()");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + DB_NAME + ": " + e.getMessage(), e);
        }
        log("PostgreSQL %s on 127.0.0.1:%d, data in %s", serverVersion(), postgres.getPort(), dataDir);
    }

    private String serverVersion() {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("show server_version")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            return "?";
        }
    }

    /**
     * The PostgreSQL JDBC driver as a WildFly module (idempotent: an installed module is left alone). One server at
     * a time: tests start servers side by side (StartupIT, CaminoCluster) on the one WildFly installation.
     */
    private void installJdbcDriverModule() {
        synchronized (CaminoServer.class) {
            installJdbcDriverModuleAlone();
        }
    }

    private void installJdbcDriverModuleAlone() {
        Path moduleDir = options.wildflyHome().resolve("modules/org/postgresql/main");
        Path driver = options.buildDir().resolve("server-libs/postgresql.jar");
        require(driver, "the PostgreSQL JDBC driver (built by the ear module)");
        require(options.wildflyHome().resolve("bin/standalone.sh"), "WildFly (unpacked by the ear module)");
        try {
            Path installed = moduleDir.resolve("postgresql.jar");
            if (Files.exists(moduleDir.resolve("module.xml")) && Files.exists(installed) && Files.mismatch(driver, installed) == -1) {
                // never rewritten under a WildFly that may be loading it
                return;
            }
            Files.createDirectories(moduleDir);
            Files.copy(driver, installed, StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(moduleDir.resolve("module.xml"), """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <module xmlns="urn:jboss:module:1.9" name="org.postgresql">
                        <resources>
                            <resource-root path="postgresql.jar"/>
                        </resources>
                        <dependencies>
                            <module name="java.logging"/>
                            <module name="java.management"/>
                            <module name="java.sql"/>
                            <module name="java.naming"/>
                            <module name="java.security.jgss"/>
                            <module name="jakarta.transaction.api"/>
                        </dependencies>
                    </module>
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh copy of WildFly's standalone directory, with camino.ear in its deployments. */
    private void prepareServerDirectory() {
        Path base = options.serverBase();
        Path ear = options.buildDir().resolve("camino.ear");
        require(ear, "camino.ear (built by the ear module)");
        try {
            copyStandalone(options.wildflyHome(), base);
            if (clusterNodeName != null) {
                // the HA profile (JGroups, Infinispan's distributed web sessions) under the name the scripts configure
                Path configuration = base.resolve("configuration");
                Files.copy(configuration.resolve("standalone-ha.xml"), configuration.resolve("standalone.xml"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            Files.copy(ear, base.resolve("deployments/camino.ear"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh copy of WildFly's standalone directory (without its data, logs and temporary files) at {@code base}. */
    static void copyStandalone(Path wildflyHome, Path base) throws IOException {
        deleteRecursively(base);
        Path source = wildflyHome.resolve("standalone");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path relative = source.relativize(file);
                if (relative.startsWith("data") || relative.startsWith("log") || relative.startsWith("tmp")) {
                    continue;
                }
                Path target = base.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private void applyConfiguration() {
        Path scripts = options.moduleDir().resolve("src/main/wildfly");
        try (Stream<Path> files = Files.list(scripts)) {
            for (Path script : files.filter(f -> f.toString().endsWith(".cli")).sorted().toList()) {
                runCli(options.wildflyHome(), options.serverBase(), script);
            }
            if (clusterNodeName != null) {
                runCli(options.wildflyHome(), options.serverBase(), scripts.resolve("cluster/node.cli"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Applies one CLI script offline to the server directory {@code base}; its output goes to cli-<script>.log there. */
    static void runCli(Path wildflyHome, Path base, Path script) throws IOException {
        Path output = base.resolve("cli-" + script.getFileName() + ".log");
        Process cli = new ProcessBuilder(
                wildflyHome.resolve("bin/jboss-cli.sh").toString(),
                "-Djboss.server.base.dir=" + base,
                "--file=" + script)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        try {
            if (!cli.waitFor(3, TimeUnit.MINUTES) || cli.exitValue() != 0) {
                cli.destroyForcibly();
                throw new IllegalStateException("WildFly configuration script " + script.getFileName()
                        + " failed; its output is in " + output + ":\n" + Files.readString(output));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void startWildFly() {
        List<String> command = new ArrayList<>(List.of(
                options.wildflyHome().resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + options.serverBase(),
                "-Djboss.socket.binding.port-offset=" + options.portOffset(),
                // WildFly's own wait for a stable boot (300 s by default) must not end the boot before our deploy
                // timeout does (-Dcamino.deployTimeoutSeconds=600 on a loaded machine)
                "-Djboss.as.management.blocking.timeout=" + Math.max(300, DEPLOY_TIMEOUT.toSeconds()),
                "-b", "127.0.0.1", "-bmanagement", "127.0.0.1"));
        if (clusterNodeName != null) {
            command.add("-Djboss.node.name=" + clusterNodeName);
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        env.putIfAbsent("JAVA_OPTS", "-Xms256m -Xmx1g -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m "
                + "-Djava.net.preferIPv4Stack=true -Djava.awt.headless=true");
        // reWriteBatchedInserts: the driver sends a JDBC batch of inserts as multi-row INSERTs (bulk creation
        // is several times faster); production URLs should carry it too (docs/benchmarks.md)
        env.put("CAMINO_DB_URL", jdbcUrl() + "?reWriteBatchedInserts=true");
        env.put("CAMINO_DB_USER", "postgres");
        env.put("CAMINO_DB_PASSWORD", "postgres");
        env.put("CAMINO_HOME", options.caminoHome().toString());
        env.put("CAMINO_DEMO", Boolean.toString(options.demo()));
        env.putAll(options.extraEnv());
        if (options.consoleToTerminal()) {
            builder.inheritIO();
        } else {
            builder.redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(options.serverBase().resolve("console.log").toFile()));
        }
        try {
            wildfly = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start WildFly", e);
        }
    }

    private void awaitDeployment() {
        Path deployments = options.serverBase().resolve("deployments");
        long deadline = System.nanoTime() + DEPLOY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(deployments.resolve("camino.ear.deployed"))) {
                return;
            }
            if (Files.exists(deployments.resolve("camino.ear.failed"))) {
                throw new IllegalStateException("camino.ear failed to deploy: " + readQuietly(deployments.resolve("camino.ear.failed"))
                        + (options.consoleToTerminal() ? "" : "\nServer log: " + options.serverBase().resolve("console.log")));
            }
            if (!wildfly.isAlive()) {
                throw new IllegalStateException("WildFly stopped during start-up (exit code " + wildfly.exitValue() + ")");
            }
            sleep(200);
        }
        throw new IllegalStateException("camino.ear was not deployed within " + DEPLOY_TIMEOUT.toSeconds() + " s");
    }

    /** Stops PostgreSQL while WildFly keeps running: for tests of what happens when the database goes away. */
    public synchronized void stopDatabase() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            postgres = null;
        }
    }

    /** Starts PostgreSQL again on its data and port after {@link #stopDatabase()}; WildFly is left alone. */
    public synchronized void restartDatabase() {
        if (postgres == null) {
            startPostgres(false);
        }
    }

    /** Kills WildFly at once (SIGKILL, as a crash or a power cut would), then stops PostgreSQL, whose data stays. */
    public synchronized void kill() {
        killWildFly();
        close();
    }

    /** Kills WildFly at once (SIGKILL, as a crash of its machine would); PostgreSQL keeps running. */
    public synchronized void killWildFly() {
        if (wildfly != null) {
            // the JVM is a child of the launch script, and SIGKILL is not passed on: kill it, then the script
            wildfly.descendants().forEach(ProcessHandle::destroyForcibly);
            wildfly.destroyForcibly();
            try {
                wildfly.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            log("WildFly killed");
            wildfly = null;
        }
    }

    /** Stops WildFly gracefully (SIGTERM), as an operator would; PostgreSQL keeps running. */
    public synchronized void stopWildFly() {
        if (wildfly != null && wildfly.isAlive()) {
            wildfly.destroy(); // SIGTERM: WildFly shuts down gracefully
            try {
                if (!wildfly.waitFor(60, TimeUnit.SECONDS)) {
                    wildfly.destroyForcibly();
                }
            } catch (InterruptedException e) {
                wildfly.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            log("WildFly stopped");
        }
        wildfly = null;
    }

    /**
     * Starts WildFly again after {@link #killWildFly()} or {@link #stopWildFly()}, on the same configuration, server
     * directory and database, as an operator or a service manager would after a crash; returns when camino.ear is
     * deployed.
     */
    public synchronized void restartWildFly() {
        if (wildfly != null) {
            throw new IllegalStateException("WildFly is running");
        }
        Path deployments = options.serverBase().resolve("deployments");
        try {
            // the markers of the killed server: the scanner deploys camino.ear anew and marks it again
            for (String marker : List.of(".deployed", ".failed", ".isdeploying", ".pending")) {
                Files.deleteIfExists(deployments.resolve("camino.ear" + marker));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long started = System.nanoTime();
        startWildFly();
        awaitDeployment();
        log("WildFly restarted and deployed camino.ear in %.1f s", (System.nanoTime() - started) / 1e9);
    }

    /**
     * {@link #restartWildFly()} with other environment variables for Camino (e.g. other keys), as an operator
     * changing its configuration would: the same server directory and database.
     */
    public synchronized void restartWildFly(Map<String, String> extraEnv) {
        options = options.withExtraEnv(extraEnv);
        restartWildFly();
    }

    /**
     * Sets a system property of the running WildFly through its management interface, as an operator would with
     * {@code jboss-cli.sh}: Camino reads some settings (e.g. {@code camino.hq.url}) at each use, before the environment.
     */
    public void setSystemProperty(String name, String value) {
        managementCommand("/system-property=" + name + ":add(value=\"" + value + "\")");
    }

    public void removeSystemProperty(String name) {
        managementCommand("/system-property=" + name + ":remove");
    }

    private void managementCommand(String command) {
        try {
            Process cli = new ProcessBuilder(options.wildflyHome().resolve("bin/jboss-cli.sh").toString(), "--connect",
                    "--controller=127.0.0.1:" + (9990 + options.portOffset()), "--command=" + command)
                    .redirectErrorStream(true).start();
            String output = new String(cli.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!cli.waitFor(3, TimeUnit.MINUTES) || cli.exitValue() != 0) {
                cli.destroyForcibly();
                throw new IllegalStateException("WildFly refused " + command + ": " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The server console, for tests that check what was logged. */
    public String consoleLog() {
        return readQuietly(options.serverBase().resolve("console.log"));
    }

    @Override
    public synchronized void close() {
        stopWildFly();
        if (postgres != null) {
            try {
                postgres.close();
                log("PostgreSQL stopped");
            } catch (IOException | RuntimeException e) {
                log("PostgreSQL was already stopping: %s", e.getMessage());
            }
            postgres = null;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void require(Path path, String what) {
        if (!Files.exists(path)) {
            throw new IllegalStateException("Missing " + what + " at " + path + ". Build first: ./mvnw -Prun package");
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            return "(unreadable)";
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : value;
    }

    static void log(String format, Object... args) {
        System.out.println("[camino] " + String.format(format, args));
    }

    /** Environment for tests that want something other than the defaults. */
    public static Map<String, String> env(String... keyValues) {
        Map<String, String> env = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            env.put(keyValues[i], keyValues[i + 1]);
        }
        return env;
    }
}
