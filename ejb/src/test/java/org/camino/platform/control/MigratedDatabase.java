package org.camino.platform.control;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * A throw-away embedded PostgreSQL with Camino's schema migrated, for tests of
 * SQL against the real thing (127.0.0.1 only; the data directory goes with it).
 */
public final class MigratedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final PGSimpleDataSource dataSource;

    private MigratedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        this.dataSource = new PGSimpleDataSource();
        dataSource.setUrl("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres?currentSchema=" + SchemaMigration.SCHEMA);
        dataSource.setUser("postgres");
        dataSource.setPassword("postgres");
        Flyway.configure().dataSource(dataSource).schemas(SchemaMigration.SCHEMA).createSchemas(true)
                .locations("classpath:db/migration").load().migrate();
    }

    /** Starts PostgreSQL in a new temporary directory named after {@code name} and migrates it. */
    public static MigratedDatabase start(String name) throws IOException {
        return start(name, Map.of());
    }

    /** The same, with PostgreSQL settings (a benchmark's buffers, say). */
    public static MigratedDatabase start(String name, Map<String, String> settings) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(Files.createTempDirectory(name))
                .setCleanDataDirectory(true);
        settings.forEach(builder::setServerConfig);
        return new MigratedDatabase(builder.start());
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
