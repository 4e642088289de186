package org.camino.rotation.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.metamodel.Type;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The tables and columns that hold ciphertexts, found once at start-up among
 * the persistence unit's entities (so a new entity with an {@code EncryptedField}
 * is rotated without anyone listing it here). Problems are logged and stop the
 * rotation job from starting, not the application.
 */
@ApplicationScoped
public class EncryptedColumns {

    private static final Logger LOG = Logger.getLogger(EncryptedColumns.class.getName());

    @PersistenceUnit(unitName = "camino")
    EntityManagerFactory entityManagerFactory;

    private EncryptedColumnScanner.Result found;

    @PostConstruct
    void discover() {
        List<Class<?>> entities = entityManagerFactory.getMetamodel().getEntities().stream()
                .map(Type::getJavaType)
                .filter(Objects::nonNull)
                .filter(type -> type.isAnnotationPresent(Entity.class)) // not Envers' map-based history entities
                .<Class<?>>map(type -> type)
                .toList();
        found = EncryptedColumnScanner.scan(entities);
        LOG.info("Encrypted columns: " + found.tables());
        found.problems().forEach(problem -> LOG.severe("Key rotation cannot handle this: " + problem));
    }

    /** Being observed at start-up is what creates this bean, so problems show in the log at once. */
    void discoverAtStartUp(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // nothing else to do: @PostConstruct has run
    }

    /** The columns found among these entities, without a container (tests). */
    static EncryptedColumns of(Collection<Class<?>> entities) {
        EncryptedColumns columns = new EncryptedColumns();
        columns.found = EncryptedColumnScanner.scan(entities);
        return columns;
    }

    public List<EncryptedTable> tables() {
        return found.tables();
    }

    public List<String> problems() {
        return found.problems();
    }

    public Optional<EncryptedTable> table(String name) {
        return found.tables().stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
