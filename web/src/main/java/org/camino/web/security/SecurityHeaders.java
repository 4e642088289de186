package org.camino.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers on every response. Pages and API answers may carry case data, so
 * nothing is cached; static Faces resources may be.
 *
 * <p>Content-Security-Policy: PrimeFaces (primefaces.CSP) adds a second
 * policy, {@code script-src 'self' 'nonce-…'}, to every page it renders. A
 * browser enforces both, so scripts must come from Camino's own files or
 * carry that page's nonce; this policy covers everything else.
 */
final class SecurityHeaders {

    static final String PAGE_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        response.setHeader("Content-Security-Policy", path.startsWith("/api/") ? API_CSP : PAGE_CSP);
    }
}
