package org.camino.web.view;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * In a cluster (docs/production.md) a session is replicated to the other server, so that it survives the loss of
 * the one serving it: session- and view-scoped beans, and everything their fields hold, must be Serializable.
 * Injected fields and references to enterprise beans are the container's proxies (serializable by the container)
 * and are not looked into.
 */
class SessionStateSerializableTest {

    @Test
    void everySessionAndViewScopedBeanHoldsOnlySerializableState() {
        List<Class<?>> beans = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.camino.web").stream()
                .filter(c -> c.isAnnotatedWith(SessionScoped.class) || c.isAnnotatedWith(ViewScoped.class))
                .map(JavaClass::reflect).toList();
        assertFalse(beans.isEmpty(), "session- and view-scoped beans found");
        List<String> problems = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> bean : beans) {
            checkClass(bean, bean.getSimpleName(), seen, problems);
        }
        assertEquals(List.of(), problems, "not Serializable, so a session holding them cannot move to another server");
    }

    private static void checkType(Type type, String where, Set<Class<?>> seen, List<String> problems) {
        if (type instanceof ParameterizedType parameterized) {
            checkType(parameterized.getRawType(), where, seen, problems);
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(argument, where, seen, problems);
            }
        } else if (type instanceof Class<?> c) {
            if (c.isArray()) {
                checkType(c.getComponentType(), where, seen, problems);
            } else if (!c.isPrimitive() && !isSerializableCollection(c)) {
                checkClass(c, where, seen, problems);
            }
        }
        // type variables and wildcards: their bound says nothing of what is held
    }

    /** The collection interfaces: what the fields hold is ArrayList, HashMap, List.of and the like, all Serializable. */
    private static boolean isSerializableCollection(Class<?> c) {
        return c == List.class || c == Set.class || c == Map.class || c == Collection.class;
    }

    private static void checkClass(Class<?> c, String where, Set<Class<?>> seen, List<String> problems) {
        if (c.isAnnotationPresent(Stateless.class) || c.isAnnotationPresent(Singleton.class)) {
            return; // a reference to an enterprise bean: the container's proxy
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(where + ": " + c.getName());
            return;
        }
        if (!c.getName().startsWith("org.camino.") || !seen.add(c)) {
            return; // the JDK's and libraries' Serializable types are taken at their word
        }
        if (c.isRecord()) {
            for (RecordComponent component : c.getRecordComponents()) {
                checkType(component.getGenericType(), where + " > " + c.getSimpleName() + "." + component.getName(), seen, problems);
            }
            return;
        }
        for (Class<?> k = c; k != null && k.getName().startsWith("org.camino."); k = k.getSuperclass()) {
            for (Field field : k.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isAnnotationPresent(Inject.class)) {
                    continue;
                }
                checkType(field.getGenericType(), where + " > " + k.getSimpleName() + "." + field.getName(), seen, problems);
            }
        }
    }
}
