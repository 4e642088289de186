package org.camino.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.camino.platform.control.Settings;

import java.util.logging.Logger;

/**
 * The idle timeout of sessions comes from CAMINO_IDLE_TIMEOUT_MINUTES (15 by
 * default; web.xml says the same). The absolute timeout is checked on every
 * request by {@link SessionPolicyFilter}.
 */
@WebListener
public class SessionTimeouts implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SessionTimeouts.class.getName());

    @Inject
    Settings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().setSessionTimeout(settings.idleTimeoutMinutes());
        LOG.info(() -> "CAMINO sessions: idle timeout " + settings.idleTimeoutMinutes() + " min, absolute timeout "
                + settings.absoluteTimeoutMinutes() + " min");
    }
}
