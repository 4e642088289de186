package org.camino.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Headers on every response. Pages and API answers may carry case data, so
 * nothing is cached; static Faces resources may be.
 *
 * <p>Content-Security-Policy: one policy per response. Every response gets
 * {@link #PAGE_CSP} (scripts only from Camino's own files); on the pages
 * PrimeFaces renders (primefaces.CSP), PrimeFaces adds the same policy
 * (primefaces.CSP_POLICY in web.xml) with the page's nonce appended to
 * script-src, and {@link #withOnePolicy} lets it replace ours rather than
 * arrive as a second header.
 */
final class SecurityHeaders {

    /** Keep equal to primefaces.CSP_POLICY in web.xml, which must end with script-src: PrimeFaces appends the nonce. */
    static final String PAGE_CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; script-src 'self'";
    private static final String CSP = "Content-Security-Policy";
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
        response.setHeader(CSP, path.startsWith("/api/") ? API_CSP : PAGE_CSP);
    }

    /** The response as the page sees it: a policy added later (PrimeFaces' nonce policy) replaces the default one. */
    static HttpServletResponse withOnePolicy(HttpServletResponse response) {
        return new HttpServletResponseWrapper(response) {
            @Override
            public void addHeader(String name, String value) {
                if (CSP.equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                } else {
                    super.addHeader(name, value);
                }
            }
        };
    }
}
