package org.camino.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.shiro.SecurityUtils;
import org.camino.security.control.CaminoPrincipal;
import org.camino.security.control.UserDirectory;

import java.util.List;

/** Backs /index.xhtml, the first page after sign-in. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    UserDirectory users;

    public String getDisplayName() {
        return principal().displayName();
    }

    public List<String> getRoles() {
        return users.roles(principal().userId()).stream().sorted().toList();
    }

    private static CaminoPrincipal principal() {
        return SecurityUtils.getSubject().getPrincipals().oneByType(CaminoPrincipal.class);
    }
}
