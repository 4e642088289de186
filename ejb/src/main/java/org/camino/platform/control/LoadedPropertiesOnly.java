package org.camino.platform.control;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Persistence;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;

import java.lang.annotation.ElementType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which properties Bean Validation may read (META-INF/validation.xml). With JPA present, Hibernate Validator asks
 * the persistence providers about every property of every object it validates, whether loaded; for the forms
 * Camino validates (records, never persistent) that question is always "yes" and asking it cost about a tenth of
 * a bulk registration's CPU (JFR, docs/benchmarks.md). So: plain objects are always traversable; entities,
 * embeddables and mapped superclasses keep JPA's answer, so that validation never loads lazy data.
 */
public class LoadedPropertiesOnly implements TraversableResolver {

    private static final Map<Class<?>, Boolean> PERSISTENT = new ConcurrentHashMap<>();

    @Override
    public boolean isReachable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                               Path pathToTraversableObject, ElementType elementType) {
        return traversableObject == null
                || !PERSISTENT.computeIfAbsent(traversableObject.getClass(), LoadedPropertiesOnly::persistent)
                || Persistence.getPersistenceUtil().isLoaded(traversableObject, traversableProperty.getName());
    }

    @Override
    public boolean isCascadable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                                Path pathToTraversableObject, ElementType elementType) {
        return true;
    }

    /** Whether the class or one of its superclasses is mapped by JPA (a lazy proxy is a subclass of its entity). */
    static boolean persistent(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (c.isAnnotationPresent(Entity.class) || c.isAnnotationPresent(Embeddable.class)
                    || c.isAnnotationPresent(MappedSuperclass.class)) {
                return true;
            }
        }
        return false;
    }
}
