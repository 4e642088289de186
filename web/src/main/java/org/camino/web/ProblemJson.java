package org.camino.web;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import java.util.Locale;
import java.util.Map;

/**
 * Errors of the API are RFC 9457 problem details ({@code application/problem+json}): {@code type},
 * {@code title}, {@code status}, {@code detail}, and Camino's own members (for invalid input {@code fields},
 * each with its {@code field}, {@code rule} and message). The JAX-RS answers are built by
 * {@code org.camino.web.api.ApiErrors}; this class also serves the servlet filters that answer before JAX-RS.
 */
public final class ProblemJson {

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemJson() {
    }

    /** The problem's type: a URN per kind of problem, named after its title ("Invalid input": urn:camino:problem:invalid-input). */
    public static String type(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "urn:camino:problem:" + slug;
    }

    /**
     * A problem as JSON text, for an answer written by a servlet filter. {@code error} repeats the title: it is
     * what the API's error bodies named it before v1, kept until the unversioned paths' sunset.
     */
    public static String text(int status, String title, String detail, Map<String, String> more) {
        JsonObjectBuilder problem = Json.createObjectBuilder().add("type", type(title)).add("title", title)
                .add("status", status).add("detail", detail).add("error", title);
        more.forEach(problem::add);
        return problem.build().toString();
    }
}
