package org.camino.web.api;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.apache.shiro.subject.ExecutionException;
import org.camino.cases.boundary.DuplicateWarningException;
import org.camino.platform.errors.AccessDeniedException;
import org.camino.platform.errors.ConflictException;
import org.camino.platform.errors.DatabaseUnavailable;
import org.camino.platform.errors.InvalidInputException;
import org.camino.platform.errors.NotFoundException;
import org.camino.platform.errors.NotSignedInException;
import org.camino.platform.errors.RefusedException;
import org.camino.platform.errors.TooManyRowsException;
import org.camino.platform.errors.UnreadableDataException;
import org.camino.web.FieldPaths;
import org.camino.web.ProblemJson;
import org.camino.web.view.Messages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every API error is an RFC 9457 problem ({@code application/problem+json}) and none carries a stack trace. Business refusals
 * get their 4xx (invalid input names each field); anything unexpected is
 * logged with an incident id that the client also gets, and answered 500.
 */
@Provider
public class ApiErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());
    /** What a 503 asks the client to wait before trying again. */
    public static final String RETRY_AFTER_SECONDS = "10";
    /** The title of a 503's problem, also written by {@link org.camino.web.DatabaseOutageFilter} outside JAX-RS. */
    public static final String UNAVAILABLE_TITLE = "Temporarily unavailable";

    /** The request's headers; null where this mapper is called by hand (RequiredBody, Violations). */
    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable error) {
        Throwable e = unwrap(error);
        if (e instanceof InvalidInputException invalid) {
            // the rule broken is the message key (e.g. body.required); "code" is its name before v1
            List<Map<String, String>> fields = invalid.problems().stream()
                    .map(p -> Map.of("field", p.field(), "rule", p.messageKey(), "code", p.messageKey(),
                            "message", Messages.text(Locale.ENGLISH, p.messageKey())))
                    .toList();
            return json(400, body("Invalid input", Map.of("fields", fields)));
        }
        if (e instanceof ConstraintViolationException violations) {
            List<Map<String, String>> fields = violations.getConstraintViolations().stream()
                    .map(ApiErrors::field).toList();
            return json(400, body("Invalid input", Map.of("fields", fields)));
        }
        if (e instanceof JsonbException || e.getCause() instanceof JsonbException) {
            return json(400, body("Malformed JSON", Map.of("fields", List.of(Map.of("field", RequiredBody.FIELD,
                    "rule", "body.malformed", "code", "body.malformed", "message", Messages.text(Locale.ENGLISH, "body.malformed"))))));
        }
        if (e instanceof DuplicateWarningException duplicates) {
            return json(409, body("Possible duplicate person", Map.of("matches", duplicates.matches())));
        }
        if (e instanceof NotFoundException) {
            return json(404, body("Not found", Map.of()));
        }
        if (e instanceof AccessDeniedException) {
            return json(403, body("Forbidden", Map.of()));
        }
        if (e instanceof NotSignedInException) {
            return json(401, body("Unauthorized", Map.of()));
        }
        if (e instanceof RefusedException refused) {
            return json(409, body("Conflict", Map.of("code", refused.messageKey(),
                    "message", Messages.text(Locale.ENGLISH, refused.messageKey()))));
        }
        if (e instanceof TooManyRowsException tooMany) {
            return json(413, body("Too many rows", Map.of("limit", tooMany.limit(), "filter", tooMany.filter(),
                    "message", Messages.text(Locale.ENGLISH, "export.tooManyRows", tooMany.limit(), tooMany.filter()))));
        }
        if (e instanceof ConflictException conflict && ifMatchSent()) {
            // the version named in If-Match (EditVersions put it into the body) is no longer the current one
            return json(412, body("Precondition failed", Map.of("message", conflict.getMessage())));
        }
        if (e instanceof ConflictException conflict) {
            return json(409, body("Conflict", Map.of("message", conflict.getMessage())));
        }
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return json(status, body(reason(status), Map.of()));
        }
        if (tooLarge(error)) {
            // WildFly's limit of a request body (max-post-size, 10 MB) cut the upload: the client's mistake, not ours
            return json(413, body("Too large", Map.of("fields", List.of(Map.of("field", "body", "code", "body.tooLarge",
                    "message", Messages.text(Locale.ENGLISH, "body.tooLarge"))))));
        }
        UnreadableDataException unreadable = integrityFailure(error);
        if (unreadable != null && unreadable.incidentReference() != null) {
            // already recorded as an integrity incident (with its own log line): answer with its reference
            return json(500, body("Stored data failed its integrity check",
                    Map.of("incident", unreadable.incidentReference(), "field", String.valueOf(unreadable.field()))));
        }
        if (DatabaseUnavailable.isCause(error)) {
            // not an incident of Camino: one line, no stack trace, and the client may try again
            LOG.warning("Request refused, the database is unreachable or out of a resource: "
                    + DatabaseUnavailable.describe(error));
            return unavailable();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API incident " + incident, error);
        if (unreadable != null) {
            return json(500, body("Stored data failed its integrity check", Map.of("incident", incident)));
        }
        return json(500, body("Internal error", Map.of("incident", incident)));
    }

    private boolean ifMatchSent() {
        String ifMatch = headers == null ? null : headers.getHeaderString(HttpHeaders.IF_MATCH);
        return ifMatch != null && !ifMatch.isBlank() && !ifMatch.strip().equals("*");
    }

    /** 503: the database is out of reach, the request's transaction rolled back, nothing was saved. */
    public static Response unavailable() {
        return Response.fromResponse(json(503, body(UNAVAILABLE_TITLE, Map.of("code", DatabaseUnavailable.MESSAGE_KEY,
                "message", Messages.text(Locale.ENGLISH, DatabaseUnavailable.MESSAGE_KEY)))))
                .header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    /** Bean Validation failures, ahead of the container's own mapper (which would answer in its own format). */
    @Provider
    public static class Violations implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException violations) {
            return new ApiErrors().toResponse(violations);
        }
    }

    /** The rule broken is the constraint's name (NotNull, Size, Pattern...). */
    private static Map<String, String> field(ConstraintViolation<?> violation) {
        return Map.of("field", FieldPaths.of(violation),
                "rule", violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                "message", violation.getMessage());
    }

    private static boolean tooLarge(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e.getClass().getSimpleName().equals("RequestTooBigException")) {
                return true;
            }
        }
        return false;
    }

    /** A ciphertext that was altered or moved: never shown, always reported as what it is. */
    private static UnreadableDataException integrityFailure(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof UnreadableDataException unreadable) {
                return unreadable;
            }
        }
        return null;
    }

    private static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while ((e instanceof EJBException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    static Map<String, Object> body(String error, Map<String, ?> more) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.putAll(more);
        return body;
    }

    /**
     * The answer of an error: an RFC 9457 problem ({@code application/problem+json}). {@code details} holds
     * {@code error} (the title; the member is kept under that name too, as before v1), optionally
     * {@code message} (the detail) and Camino's own members, kept as they are ({@code fields}, {@code matches}...).
     */
    static Response json(int status, Map<String, ?> details) {
        String title = details.get("error") == null ? reason(status) : String.valueOf(details.get("error"));
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ProblemJson.type(title));
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail(title, details));
        details.forEach(problem::putIfAbsent);
        return Response.status(status).type(ProblemJson.MEDIA_TYPE)
                .header("Cache-Control", "no-store").entity(problem).build();
    }

    /** What went wrong in one sentence: the message if there is one, else each field named with its message. */
    private static String detail(String title, Map<String, ?> details) {
        if (details.get("message") != null) {
            return String.valueOf(details.get("message"));
        }
        if (details.get("fields") instanceof List<?> fields && !fields.isEmpty()) {
            StringBuilder detail = new StringBuilder();
            for (Object field : fields) {
                if (field instanceof Map<?, ?> named) {
                    detail.append(detail.length() == 0 ? "" : "; ").append(named.get("field")).append(": ").append(named.get("message"));
                }
            }
            return detail.toString();
        }
        return title;
    }

    static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }
}
