package org.camino.security.control;

import jakarta.ejb.Stateless;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every boundary EJB is guarded, and every public method says how it is authorised. */
class BoundaryGuardTest {

    @Test
    void everyBoundaryMethodDeclaresItsAuthorisation() throws Exception {
        List<Class<?>> boundaries = boundaryClasses();
        assertTrue(boundaries.size() >= 5, "found the boundaries: " + boundaries);
        List<String> problems = new ArrayList<>();
        for (Class<?> type : boundaries) {
            if (!type.isAnnotationPresent(Stateless.class) && !type.isAnnotationPresent(jakarta.ejb.Singleton.class)) {
                continue; // records and DTOs
            }
            if (!type.isAnnotationPresent(Guarded.class)) {
                problems.add(type.getName() + " is not @Guarded");
            }
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()) {
                    continue;
                }
                int rules = (method.isAnnotationPresent(Requires.class) ? 1 : 0)
                        + (method.isAnnotationPresent(ScopedAccess.class) ? 1 : 0)
                        + (method.isAnnotationPresent(SignedIn.class) ? 1 : 0)
                        + (method.isAnnotationPresent(Public.class) ? 1 : 0);
                if (rules != 1) {
                    problems.add(type.getSimpleName() + "." + method.getName() + " has " + rules + " authorisation rules (needs exactly one)");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static List<Class<?>> boundaryClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(Guarded.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.contains(".boundary.")) {
                    found.add(Class.forName(name));
                }
            }
        }
        return found;
    }
}
