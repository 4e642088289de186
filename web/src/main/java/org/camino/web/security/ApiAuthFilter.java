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

import java.io.IOException;

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
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean post = "POST".equals(request.getMethod());
        boolean get = "GET".equals(request.getMethod());
        boolean openData = get && path.startsWith("/api/open-data/");
        // /api/cdr/batches, /api/cdr/anchors[/last]: mission nodes present a node credential, which HqIngest
        // checks (not a user's token)
        if (path.equals("/api/health") || openData || (post && (path.equals("/api/tokens") || path.equals("/api/account/password")
                || path.equals("/api/cdr/batches") || path.equals("/api/cdr/anchors")))
                || (get && path.equals("/api/cdr/anchors/last"))) {
            chain.doFilter(request, response);
            return;
        }
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() < 12) {
            unauthorized(response);
            return;
        }
        Subject caller = new Subject.Builder(SecurityUtils.getSecurityManager())
                .sessionCreationEnabled(false)
                .host(request.getRemoteAddr())
                .buildSubject();
        try {
            caller.login(new BearerToken(header.substring(7).trim(), request.getRemoteAddr()));
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

    private static void unauthorized(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        response.getWriter().write("{\"error\":\"Unauthorized\",\"message\":\"A valid API token is required\"}");
    }
}
