package org.camino.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.camino.security.control.CaminoPrincipal;

/**
 * What the menu shows. Only a convenience: every operation is checked again
 * in the service layer, whatever the menu shows.
 */
@Named
@RequestScoped
public class Navigation {

    public boolean isSignedIn() {
        return subject().isAuthenticated();
    }

    public String getDisplayName() {
        CaminoPrincipal principal = subject().getPrincipals() == null ? null
                : subject().getPrincipals().oneByType(CaminoPrincipal.class);
        return principal == null ? "" : principal.displayName();
    }

    public boolean isAdministrator() {
        return subject().isAuthenticated() && subject().isPermitted("admin:users");
    }

    public boolean isAuditor() {
        return subject().isAuthenticated() && subject().isPermitted("audit:verify");
    }

    private static Subject subject() {
        return SecurityUtils.getSubject();
    }
}
