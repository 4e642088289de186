package org.camino.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequiredBodyTest {

    private static Method method(String name) {
        for (Method m : CasesResource.class.getMethods()) {
            if (m.getName().equals(name)) {
                return m;
            }
        }
        throw new AssertionError("no method " + name);
    }

    @Test
    void theEntityParameterIsTheOneWithoutAParameterAnnotation() {
        assertTrue(RequiredBody.takesBody(method("updatePerson")), "PUT /cases/{n}/people/{id}");
        assertTrue(RequiredBody.takesBody(method("updateMovement")), "PUT /cases/{n}/movements/{id}");
        assertTrue(RequiredBody.takesBody(method("register")), "POST /cases");
        assertFalse(RequiredBody.takesBody(method("list")), "GET /cases: query parameters only");
        assertFalse(RequiredBody.takesBody(method("find")), "GET /cases/{n}: a path parameter only");
    }

    @Test
    void noGetOfTheApiTakesABodyAndEveryPutDoes() {
        for (Class<?> resource : new Class<?>[] {CasesResource.class, AdminResource.class, HealthAssessmentResource.class,
                ResettlementResource.class, ReturnsResource.class, TraffickingResource.class, ApprovalsResource.class}) {
            for (Method m : resource.getDeclaredMethods()) {
                if (m.isAnnotationPresent(GET.class)) {
                    assertFalse(RequiredBody.takesBody(m), m.toString());
                }
                if (m.isAnnotationPresent(PUT.class)) {
                    assertTrue(RequiredBody.takesBody(m), m.toString());
                }
                if (m.isAnnotationPresent(POST.class) && m.getParameterCount() == 0) {
                    assertFalse(RequiredBody.takesBody(m), m.toString());
                }
            }
        }
    }
}
