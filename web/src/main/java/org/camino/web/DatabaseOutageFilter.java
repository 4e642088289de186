package org.camino.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camino.platform.errors.DatabaseUnavailable;
import org.camino.web.api.ApiErrors;
import org.camino.web.view.Messages;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * While the database is out of reach, every request that needs it fails: outside JAX-RS (which answers through
 * {@link ApiErrors}) such a failure would be a 500 incident, or a refused token or session. This filter, right
 * after the request id, answers it as what it is: 503, "temporarily unavailable, nothing was saved" (the
 * request's transaction rolled back with its connection), as a problem (application/problem+json) under /api/ and as the error page
 * /error/unavailable.xhtml (web.xml) for pages. Nothing to reset when it comes back: the pool validates each
 * connection before handing it out (configure.cli), so the next request after PostgreSQL is back works.
 */
public class DatabaseOutageFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(DatabaseOutageFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted() || !DatabaseUnavailable.isCause(e)) {
                throw e;
            }
            LOG.warning("Request refused, the database is unreachable or out of a resource: "
                    + DatabaseUnavailable.describe(e));
            String requestId = response.getHeader(RequestIdFilter.HEADER);
            response.reset();
            response.setHeader(RequestIdFilter.HEADER, requestId);
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Retry-After", ApiErrors.RETRY_AFTER_SECONDS);
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setContentType(ProblemJson.MEDIA_TYPE + ";charset=UTF-8");
                String message = Messages.text(Locale.ENGLISH, DatabaseUnavailable.MESSAGE_KEY);
                response.getWriter().write(ProblemJson.text(HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                        ApiErrors.UNAVAILABLE_TITLE, message, Map.of("code", DatabaseUnavailable.MESSAGE_KEY, "message", message)));
            } else {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        }
    }

}
