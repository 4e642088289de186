package org.camino.tools;

import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Developer tool, not a test: writes the DDL that Hibernate (with Envers)
 * expects for the given entity classes, without a database. Used to write
 * Flyway migrations that match the mappings; the migrations, not this output,
 * are the schema. Run with the test classpath:
 * {@code java org.camino.tools.PrintSchema out.sql org.camino.cases.entity.Person ...}
 */
public final class PrintSchema {

    private PrintSchema() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]).toAbsolutePath();
        Files.deleteIfExists(out);
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect")
                .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
                .applySetting("jakarta.persistence.schema-generation.scripts.action", "create")
                .applySetting("jakarta.persistence.schema-generation.scripts.create-target", out.toString())
                .applySetting("hibernate.format_sql", "true")
                .applySetting("hibernate.hbm2ddl.delimiter", ";")
                .build();
        MetadataSources sources = new MetadataSources(registry);
        for (int i = 1; i < args.length; i++) {
            sources.addAnnotatedClass(Class.forName(args[i]));
        }
        sources.buildMetadata().buildSessionFactory().close();
        StandardServiceRegistryBuilder.destroy(registry);
    }
}
