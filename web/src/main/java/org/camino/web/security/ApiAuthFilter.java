package org.camino.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.BearerToken;
import org.apache.shiro.subject.ExecutionException;
import org.apache.shiro.subject.Subject;
import org.camino.platform.control.CallerContext;
import org.camino.platform.errors.DatabaseUnavailable;
import org.camino.security.boundary.RequestAuthorization;
import org.camino.web.ProblemJson;

import java.io.IOException;
import java.util.Map;

/**
 * REST clients authenticate with an API token ({@code Authorization: Bearer …})
 * on every request, never with the browser's session cookie: the request runs
 * as a fresh, session-less subject built from the token alone. Open without a
 * token: the health check, the token exchange itself and the password change
 * (both check the user name and password in their body), and the batch
 * endpoint of the central data repository (node credentials, checked by its service),
 * and reading open data (published statistics: GET under /api/open-data).
 */
public class ApiAuthFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = unversioned(request.getRequestURI().substring(request.getContextPath().length()));
        if (isOpen(request.getMethod(), path)) {
            chain.doFilter(request, response);
            return;
        }
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() < 12) {
            unauthorized(response);
            return;
        }
        // the grants the realm reads with the token serve every call of this request, on this thread only
        boolean opened = RequestAuthorization.open();
        try {
            authenticated(request, response, chain, header.substring(7).trim());
        } finally {
            if (opened) {
                RequestAuthorization.close();
            }
        }
    }

    private static void authenticated(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                                      String token) throws IOException, ServletException {
        Subject caller = new Subject.Builder(SecurityUtils.getSecurityManager())
                .sessionCreationEnabled(false)
                .host(request.getRemoteAddr())
                .buildSubject();
        try {
            caller.login(new BearerToken(token, request.getRemoteAddr()));
        } catch (AuthenticationException e) {
            if (DatabaseUnavailable.isCause(e)) {
                throw new ServletException(e); // not a bad token: answered 503 (DatabaseOutageFilter)
            }
            unauthorized(response);
            return;
        }
        String address = request.getRemoteAddr();
        try {
            caller.execute(() -> {
                CallerContext.set(address);
                try {
                    chain.doFilter(request, response);
                } finally {
                    CallerContext.clear();
                }
                return null;
            });
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof ServletException servlet) {
                throw servlet;
            }
            throw new ServletException(e.getCause());
        }
    }

    /**
     * True for the calls that take no user's token: the health check, the token exchange, the password change,
     * reading open data, and the calls of mission nodes ({@link #isNodeCall}). {@code path} is relative to the
     * context root, versioned or not.
     */
    public static boolean isOpen(String method, String path) {
        String unversioned = unversioned(path);
        boolean post = "POST".equals(method);
        boolean get = "GET".equals(method);
        return unversioned.equals("/api/health") || (get && unversioned.startsWith("/api/open-data/"))
                || (post && (unversioned.equals("/api/tokens") || unversioned.equals("/api/account/password")))
                || isNodeCall(method, path);
    }

    /** /api/cdr/batches, /api/cdr/anchors[/last]: mission nodes present a node credential, which HqIngest checks (not a user's token). */
    public static boolean isNodeCall(String method, String path) {
        String unversioned = unversioned(path);
        return ("POST".equals(method) && (unversioned.equals("/api/cdr/batches") || unversioned.equals("/api/cdr/anchors")))
                || ("GET".equals(method) && unversioned.equals("/api/cdr/anchors/last"));
    }

    /** /api/v1/health and the deprecated /api/health are one endpoint (org.camino.web.api.ApiVersions): the same rules apply. */
    static String unversioned(String path) {
        return path.startsWith("/api/v1/") ? "/api/" + path.substring("/api/v1/".length()) : path;
    }

    private static void unauthorized(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(ProblemJson.MEDIA_TYPE);
        response.getWriter().write(ProblemJson.text(HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                "A valid API token is required", Map.of("message", "A valid API token is required")));
    }
}
