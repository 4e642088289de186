package org.camino.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camino.web.ProblemJson;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * First filter of every request (web.xml puts it before Shiro): a path that
 * is not in plain normal form is refused before any authorisation decision,
 * because components that disagree on what a path means is how path-based
 * rules get bypassed. Refused: any percent-encoding, ';' (path parameters),
 * backslashes, '.' and '..' segments, empty segments, characters outside
 * [a-z0-9/._~-], and upper case (every Camino path is lower case, so an
 * upper-case variant can only be an attempt to slip past a rule). Capitals
 * pass only in Faces resource file names and in a whole segment that is a
 * case number.
 */
public class PathFilter extends HttpFilter {

    private static final Pattern SAFE = Pattern.compile("[a-z0-9/._~-]*");
    /** Case numbers (KEN-AVR-2026-000123) are data, written in capitals, and may stand as a segment. */
    private static final Pattern CASE_NUMBER_SEGMENT = Pattern.compile("/[A-Z]{3}(-[A-Z]{3})?-[A-Z]{3}-[0-9]{4}-[0-9]{6}(?=/|$)");
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isNormal(request.getRequestURI(), request.getContextPath())) {
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setHeader("Cache-Control", "no-store");
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                // every error of the API is a problem (RFC 9457)
                response.setContentType(ProblemJson.MEDIA_TYPE + ";charset=UTF-8");
                response.getWriter().write(ProblemJson.text(HttpServletResponse.SC_BAD_REQUEST, "Bad request",
                        "The path is not in normal form", Map.of("path", "not in normal form")));
            } else {
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write("Bad request");
            }
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isNormal(String rawUri, String contextPath) {
        if (rawUri == null || !rawUri.startsWith(contextPath)) {
            return false;
        }
        String path = rawUri.substring(contextPath.length());
        if (path.isEmpty()) {
            return true;
        }
        if (!path.startsWith("/") || path.contains("//") || (path.length() > 1 && path.endsWith("/"))
                || path.indexOf('%') >= 0 || path.indexOf(';') >= 0 || path.indexOf('\\') >= 0) {
            return false;
        }
        String checked = path.startsWith(RESOURCES) ? path.toLowerCase(Locale.ROOT)
                : CASE_NUMBER_SEGMENT.matcher(path).replaceAll("/case-number");
        if (!SAFE.matcher(checked).matches()) {
            return false;
        }
        for (String segment : path.substring(1).split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
