package org.camino.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * Brings the schema to the version this build expects before anything else
 * runs. If the database cannot be reached or a migration fails, deployment
 * stops with one line saying what and where: a half-migrated Camino must not
 * serve requests.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    /** Camino's tables live in a schema of their own; the datasource puts it on the search path. */
    public static final String SCHEMA = "camino";

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/CaminoDS")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        String where = describe(dataSource);
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .createSchemas(true)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
        try {
            MigrateResult result = flyway.migrate();
            LOG.info(() -> "CAMINO schema at version " + flyway.info().current().getVersion()
                    + " (" + result.migrationsExecuted + " migration(s) applied) in " + where);
        } catch (FlywayException e) {
            String reason = rootMessage(e);
            LOG.severe("CAMINO START-UP STOPPED: database schema migration failed on " + where + ": " + reason);
            throw new IllegalStateException("Schema migration failed on " + where + ": " + reason, e);
        }
    }

    /** The JDBC URL, or the reason it cannot be reached; never the password. */
    private static String describe(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            String reason = rootMessage(e);
            LOG.severe("CAMINO START-UP STOPPED: database unreachable through java:jboss/datasources/CaminoDS ("
                    + System.getenv().getOrDefault("CAMINO_DB_URL", "CAMINO_DB_URL not set") + "): " + reason);
            throw new IllegalStateException("Database unreachable: " + reason, e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }
}
