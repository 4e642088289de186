package org.camino.web.api;

import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.camino.platform.errors.InvalidInputException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;

/**
 * Edits carry the version they were made on, in the body ({@code version}, or {@code expectedVersion} of a
 * workflow step) and, as HTTP has it, in headers: a GET of something with a version answers it as its
 * {@code ETag} ({@code "7"}), and a PUT or POST may send it as {@code If-Match}. A stale If-Match is a 412
 * (the body's stale version stays a 409: {@link ApiErrors}). The If-Match is put into the body where the
 * body has no version, so the service's one check of the version (in the same transaction as the change)
 * decides both; an If-Match that contradicts the body's version is a 400 naming {@code If-Match}.
 */
@Provider
@Priority(Priorities.USER + 100) // after RequiredBody: the body is there
public class EditVersions implements ContainerRequestFilter, ContainerResponseFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String ifMatch = request.getHeaderString(HttpHeaders.IF_MATCH);
        Method method = resource.getResourceMethod();
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*") || method == null) {
            return;
        }
        String member = versionMember(method);
        Long version = version(ifMatch);
        if (member == null || version == null) {
            throw InvalidInputException.of(HttpHeaders.IF_MATCH, member == null ? "ifMatch.notVersioned" : "ifMatch.invalid");
        }
        byte[] body = request.getEntityStream().readAllBytes();
        JsonObject object;
        try (JsonReader reader = Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                request.setEntityStream(new ByteArrayInputStream(body));
                return; // not an object: the body's own checks answer
            }
            object = value.asJsonObject();
        } catch (JsonException malformed) {
            request.setEntityStream(new ByteArrayInputStream(body));
            return; // malformed: JSON-B's 400 answers it
        }
        JsonValue inBody = object.get(member);
        if (inBody != null && inBody.getValueType() != JsonValue.ValueType.NULL) {
            if (!inBody.toString().equals(String.valueOf(version))) {
                throw InvalidInputException.of(HttpHeaders.IF_MATCH, "ifMatch.differsFromBody");
            }
            request.setEntityStream(new ByteArrayInputStream(body));
        } else {
            request.setEntityStream(new ByteArrayInputStream(Json.createObjectBuilder(object).add(member, version).build()
                    .toString().getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!"GET".equals(request.getMethod()) || response.getStatus() != 200 || !response.hasEntity()
                || response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            return;
        }
        Object entity = response.getEntity();
        if (!entity.getClass().isRecord()) {
            return;
        }
        for (RecordComponent component : entity.getClass().getRecordComponents()) {
            if (component.getName().equals("version") && (component.getType() == long.class || component.getType() == Long.class)) {
                try {
                    Object version = component.getAccessor().invoke(entity);
                    if (version != null) {
                        response.getHeaders().putSingle(HttpHeaders.ETAG, new EntityTag(version.toString()));
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** The member of the method's body that carries the version, or null if its body has none. */
    private static String versionMember(Method method) {
        for (Parameter parameter : method.getParameters()) {
            if (RequiredBody.takesBody(method) && parameter.getType().isRecord()) {
                for (RecordComponent component : parameter.getType().getRecordComponents()) {
                    if (component.getName().equals("version") || component.getName().equals("expectedVersion")) {
                        return component.getName();
                    }
                }
            }
        }
        return null;
    }

    /** "7" or W/"7" as 7; null if it is no version of ours. */
    static Long version(String ifMatch) {
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() < 3 || tag.charAt(0) != '"' || tag.charAt(tag.length() - 1) != '"') {
            return null;
        }
        try {
            return Long.parseLong(tag.substring(1, tag.length() - 1));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
