package org.camino.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.camino.platform.control.CallerContext;
import org.camino.platform.control.Settings;
import org.camino.security.boundary.Account;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * Every page request, after Shiro: security headers; the caller's address
 * for the access log; sessions end when the account was disabled or its
 * roles changed (session epoch), or when the absolute timeout has passed;
 * an initial password must be changed before anything else.
 */
public class SessionPolicyFilter extends HttpFilter {

    public static final String SIGNED_IN_AT = "camino.signedInAt";
    public static final String MUST_CHANGE_PASSWORD = "camino.mustChangePassword";
    private static final String PASSWORD_PAGE = "/account/password.xhtml";

    @Inject
    Account account;

    @Inject
    Settings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.apply(request, response);
        CallerContext.set(request.getRemoteAddr());
        try {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            Subject subject = SecurityUtils.getSubject();
            if (subject.isAuthenticated() && !path.startsWith("/api/")) {
                HttpSession session = request.getSession(false);
                if (session == null || sessionEnded(session)) {
                    subject.logout();
                    response.sendRedirect(request.getContextPath() + "/login.xhtml?ended=true");
                    return;
                }
                if (Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE_PASSWORD)) && !path.equals(PASSWORD_PAGE)
                        && !path.startsWith("/jakarta.faces.resource/") && !path.startsWith("/error/")) {
                    response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
                    return;
                }
            }
            chain.doFilter(request, SecurityHeaders.withOnePolicy(response));
        } finally {
            CallerContext.clear();
        }
    }

    private boolean sessionEnded(HttpSession session) {
        if (!account.sessionIsCurrent()) {
            return true;
        }
        Instant signedInAt = (Instant) session.getAttribute(SIGNED_IN_AT);
        return signedInAt == null
                || signedInAt.plus(Duration.ofMinutes(settings.absoluteTimeoutMinutes())).isBefore(Instant.now());
    }
}
