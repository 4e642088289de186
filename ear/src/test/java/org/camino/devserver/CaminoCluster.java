package org.camino.devserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * Camino as a cluster on one machine (docs/production.md, "Two application servers on one database"): two
 * WildFly members with the HA profile (configure.cli, then cluster/node.cli) on one embedded PostgreSQL, and a
 * third WildFly in front of them as the load balancer (cluster/balancer.cli). Member 1 starts PostgreSQL (and,
 * on an empty database, migrates and seeds it), member 2 starts once member 1 is deployed, on the same
 * database, keys and CAMINO_HOME; its server directory and the balancer are configured and the balancer boots
 * meanwhile, since they need nothing of member 1. Everything listens on 127.0.0.1; the members find each other with JGroups
 * over TCP. {@link #close()} stops the balancer, then the members, then PostgreSQL.
 *
 * <p>{@code ./mvnw -Pcluster package} runs it (README); {@code ClusterFailoverIT} tests it.
 */
public final class CaminoCluster implements AutoCloseable {

    private static final Duration DEPLOY_TIMEOUT = Duration.ofSeconds(Integer.getInteger("camino.deployTimeoutSeconds", 240));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Port offsets (WildFly's jboss.socket.binding.port-offset) of the two members and of the balancer. */
    public record Ports(int member1Offset, int member2Offset, int balancerOffset) {
    }

    private final CaminoServer.Options template;
    private final Ports ports;
    private final Path serversDir;
    private final List<CaminoServer> members = new ArrayList<>();
    private Process balancer;

    private CaminoCluster(CaminoServer.Options template, Ports ports, Path serversDir) {
        this.template = template;
        this.ports = ports;
        this.serversDir = serversDir;
    }

    /** {@code ./mvnw -Pcluster package}: the run command's Camino (same CAMINO_HOME and data), on two servers. */
    public static void main(String[] args) throws Exception {
        Path home = Path.of(env("CAMINO_HOME", System.getProperty("user.home") + "/.camino")).toAbsolutePath();
        int pgPort = Integer.parseInt(env("CAMINO_PG_PORT", "15432"));
        CaminoServer.Options template = CaminoServer.Options.fromBuild(home, null, pgPort, 0, true, false, false, Map.of());
        Path servers = template.buildDir().resolve("camino-cluster");
        CaminoCluster cluster = new CaminoCluster(template, new Ports(1000, 2000, 0), servers);
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "camino-cluster-shutdown"));
        long started = System.nanoTime();
        cluster.start();
        System.out.printf("%n  Camino is running as a cluster of two servers (started in %.1f s; data in %s)%n%n"
                        + "    http://localhost:8080/camino            the load balancer%n"
                        + "    http://localhost:9080/camino            member node1 alone%n"
                        + "    http://localhost:10080/camino           member node2 alone%n%n"
                        + "  Server logs: %s/*/console.log. Demo accounts are listed in README.md. Press Ctrl-C to stop.%n%n",
                (System.nanoTime() - started) / 1e9, home, servers);
        cluster.balancer.waitFor();
    }

    /**
     * Starts the cluster: {@code template} gives the paths, CAMINO_HOME, PostgreSQL port, demo mode, clean
     * database and environment of both members (its server directory and port offset are not used: each
     * member gets {@code serversDir/member-N} and its offset from {@code ports}).
     */
    public static CaminoCluster start(CaminoServer.Options template, Ports ports, Path serversDir) {
        CaminoCluster cluster = new CaminoCluster(template, ports, serversDir);
        try {
            cluster.start();
            return cluster;
        } catch (RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
    }

    private void start() {
        // the balancer needs nothing from the members until a request comes: configured and booted meanwhile
        CompletableFuture<Void> balancerStarted = CompletableFuture.runAsync(this::startBalancer);
        CompletableFuture<Void> secondConfigured = CompletableFuture.completedFuture(null);
        CaminoServer first = CaminoServer.clusterMember(memberOptions(1, ports.member1Offset(), true), "node1", null);
        CaminoServer second = CaminoServer.clusterMember(memberOptions(2, ports.member2Offset(), false), "node2", first);
        members.add(first);
        members.add(second);
        try {
            first.configure();
            // member 2 boots only on a database member 1 has migrated (and seeded, with its demo keys), but its
            // server directory needs nothing of member 1: configured while member 1 boots
            secondConfigured = CompletableFuture.runAsync(second::configure);
            first.boot();
        } finally {
            // nothing may still be starting when this returns (close() then stops what started)
            CompletableFuture.allOf(balancerStarted, secondConfigured).exceptionally(failed -> null).join();
        }
        await(balancerStarted);
        await(secondConfigured);
        second.boot();
        awaitBalancer();
    }

    /** Waits for a step run meanwhile; its failure is thrown here, as if it had run in this thread. */
    private static void await(CompletableFuture<Void> step) {
        try {
            step.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private CaminoServer.Options memberOptions(int member, int offset, boolean first) {
        Map<String, String> env = new LinkedHashMap<>(template.extraEnv());
        env.put("CAMINO_CLUSTER_MEMBER_1_PORT", Integer.toString(7600 + ports.member1Offset()));
        env.put("CAMINO_CLUSTER_MEMBER_2_PORT", Integer.toString(7600 + ports.member2Offset()));
        return new CaminoServer.Options(template.wildflyHome(), template.moduleDir(), template.buildDir(),
                template.caminoHome(), serversDir.resolve("member-" + member), template.postgresPort(), offset,
                template.demo(), first && template.cleanDatabase(), template.consoleToTerminal(), env);
    }

    private synchronized void startBalancer() {
        Path base = serversDir.resolve("balancer");
        try {
            CaminoServer.copyStandalone(template.wildflyHome(), base);
            CaminoServer.runCli(template.wildflyHome(), base, template.moduleDir().resolve("src/main/wildfly/cluster/balancer.cli"));
            ProcessBuilder builder = new ProcessBuilder(
                    template.wildflyHome().resolve("bin/standalone.sh").toString(),
                    "-Djboss.server.base.dir=" + base,
                    "-Djboss.socket.binding.port-offset=" + ports.balancerOffset(),
                    "-b", "127.0.0.1", "-bmanagement", "127.0.0.1");
            Map<String, String> env = builder.environment();
            env.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
            env.put("JAVA_OPTS", "-Xms64m -Xmx256m -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true");
            env.put("CAMINO_BALANCE_MEMBER_1_PORT", Integer.toString(8080 + ports.member1Offset()));
            env.put("CAMINO_BALANCE_MEMBER_2_PORT", Integer.toString(8080 + ports.member2Offset()));
            env.put("CAMINO_BALANCE_MEMBER_1_ROUTE", "node1");
            env.put("CAMINO_BALANCE_MEMBER_2_ROUTE", "node2");
            builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("console.log").toFile()));
            balancer = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the load balancer", e);
        }
    }

    /** Waits until the health check answers 200 through the balancer. */
    private void awaitBalancer() {
        long deadline = System.nanoTime() + DEPLOY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!balancer.isAlive()) {
                throw new IllegalStateException("The load balancer stopped during start-up (exit code " + balancer.exitValue()
                        + "); its log: " + serversDir.resolve("balancer/console.log"));
            }
            if (status(baseUrl() + "/api/health").orElse(0) == 200) {
                CaminoServer.log("Cluster ready: %s (node1 %s, node2 %s)", baseUrl(), members.get(0).baseUrl(), members.get(1).baseUrl());
                return;
            }
            CaminoServer.sleep(250);
        }
        throw new IllegalStateException("The load balancer did not answer within " + DEPLOY_TIMEOUT.toSeconds() + " s");
    }

    private static Optional<Integer> status(String url) {
        try {
            return Optional.of(HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Camino through the load balancer, e.g. {@code http://127.0.0.1:8080/camino}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + (8080 + ports.balancerOffset()) + "/camino";
    }

    /** Member 1 or 2. */
    public CaminoServer member(int number) {
        return members.get(number - 1);
    }

    /** The member a session cookie (JSESSIONID, "id.node1") sends its requests to. */
    public CaminoServer memberOfSession(String sessionCookie) {
        String route = sessionCookie.substring(sessionCookie.lastIndexOf('.') + 1);
        return members.stream().filter(m -> route.equals(m.clusterNodeName())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no member has the route of session " + route));
    }

    /** JDBC URL of the cluster's database. */
    public String jdbcUrl() {
        return members.get(0).jdbcUrl();
    }

    @Override
    public synchronized void close() {
        if (balancer != null && balancer.isAlive()) {
            balancer.destroy();
            try {
                if (!balancer.waitFor(30, TimeUnit.SECONDS)) {
                    balancer.descendants().forEach(ProcessHandle::destroyForcibly);
                    balancer.destroyForcibly();
                }
            } catch (InterruptedException e) {
                balancer.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            CaminoServer.log("Load balancer stopped");
        }
        balancer = null;
        // member 2 first: member 1 holds PostgreSQL
        for (int i = members.size() - 1; i >= 0; i--) {
            members.get(i).close();
        }
        members.clear();
    }

    private static String env(String name, String defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : value;
    }
}
