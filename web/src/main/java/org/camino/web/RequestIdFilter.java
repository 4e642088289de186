package org.camino.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jboss.logging.MDC;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id that every log line written while serving it
 * carries (the server's log pattern prints the {@code requestId} of the
 * logging context) and that the answer returns in {@code X-Request-Id}, so a
 * user's report, a proxy's log and the server's log meet. A caller's own id
 * (a load balancer's) is kept if it is plain letters, digits and dashes; any
 * other value is replaced, so nothing a caller sends can forge a log line.
 */
public class RequestIdFilter extends HttpFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String LOG_KEY = "requestId";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9-]{8,64}");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String given = request.getHeader(HEADER);
        String id = given != null && PLAIN.matcher(given).matches() ? given : UUID.randomUUID().toString();
        response.setHeader(HEADER, id);
        Object outer = MDC.put(LOG_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            if (outer == null) {
                MDC.remove(LOG_KEY);
            } else {
                MDC.put(LOG_KEY, outer); // a forward or include inside a request keeps the first id
            }
        }
    }
}
