package org.camino.web.api;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.camino.platform.errors.InvalidInputException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * An endpoint that takes a body gets one: an empty body or JSON {@code null}
 * is a 400 naming {@code body}, before the resource method (and so before any
 * permission check or dereference) runs. It applies to every resource method
 * with an entity parameter, so a new endpoint is covered without a line of its own.
 */
@Provider
public class RequiredBody implements ContainerRequestFilter {

    static final String FIELD = "body";

    private static final Set<Class<? extends Annotation>> NOT_BODY = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class, BeanParam.class, Context.class);

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        Method method = resource.getResourceMethod();
        if (method == null || !takesBody(method)) {
            return;
        }
        byte[] body = request.getEntityStream().readAllBytes();
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (text.isEmpty() || text.equals("null")) {
            request.abortWith(new ApiErrors().toResponse(InvalidInputException.of(FIELD, "body.required")));
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    /** True if one of the method's parameters is the entity (it carries none of the parameter annotations). */
    static boolean takesBody(Method method) {
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            boolean entity = true;
            for (Annotation annotation : annotations) {
                if (NOT_BODY.contains(annotation.annotationType())) {
                    entity = false;
                }
            }
            if (entity) {
                return true;
            }
        }
        return false;
    }
}
