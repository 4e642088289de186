package org.camino.platform.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Camino's configuration. Every setting is an environment variable
 * ({@code CAMINO_NODE_ROLE}); a Java system property with the same name in
 * lower case and dots ({@code camino.node.role}) overrides it, which is what
 * the embedded run and the tests use.
 */
@ApplicationScoped
public class Settings {

    /** Which part of the system this server runs; see DESIGN.md "Deployment topology". */
    public enum NodeRole { MISSION, HQ, BOTH }

    public NodeRole nodeRole() {
        String value = get("CAMINO_NODE_ROLE").orElse("both").trim().toUpperCase(Locale.ROOT);
        try {
            return NodeRole.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("CAMINO_NODE_ROLE must be mission, hq or both, not '" + value + "'");
        }
    }

    /** A mission node (or both): it holds cases and sends their statistical records to HQ. */
    public boolean holdsCases() {
        return nodeRole() != NodeRole.HQ;
    }

    /** An HQ node (or both): it holds the central data repository and ingests records. */
    public boolean holdsRepository() {
        return nodeRole() != NodeRole.MISSION;
    }

    /** Seconds between two looks at the outbox (CAMINO_CDR_PUSH_INTERVAL_SECONDS). */
    public int cdrPushIntervalSeconds() {
        return getInt("CAMINO_CDR_PUSH_INTERVAL_SECONDS", 5);
    }

    /** Records per batch sent to HQ (CAMINO_CDR_BATCH_SIZE). */
    public int cdrBatchSize() {
        return Math.min(getInt("CAMINO_CDR_BATCH_SIZE", 1000), 10_000);
    }

    /** Demo mode seeds missions and demo accounts; never set it in production. */
    public boolean demoMode() {
        return get("CAMINO_DEMO").map(Boolean::parseBoolean).orElse(false);
    }

    /** Where a node keeps files of its own (demo keys, exports). */
    public Path home() {
        return Path.of(get("CAMINO_HOME").orElse(System.getProperty("user.home") + "/.camino"));
    }

    public int idleTimeoutMinutes() {
        return getInt("CAMINO_IDLE_TIMEOUT_MINUTES", 15);
    }

    public int absoluteTimeoutMinutes() {
        return getInt("CAMINO_ABSOLUTE_TIMEOUT_MINUTES", 8 * 60);
    }

    public String applicationVersion() {
        Properties properties = new Properties();
        try (InputStream in = Settings.class.getResourceAsStream("/org/camino/platform/camino-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }

    public Optional<String> get(String name) {
        String property = System.getProperty(name.toLowerCase(Locale.ROOT).replace('_', '.'));
        if (property != null && !property.isBlank()) {
            return Optional.of(property);
        }
        String env = System.getenv(name);
        return env == null || env.isBlank() ? Optional.empty() : Optional.of(env);
    }

    private int getInt(String name, int defaultValue) {
        String value = get(name).orElse(null);
        if (value == null) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed <= 0) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " must be a positive whole number, not '" + value + "'");
        }
    }
}
