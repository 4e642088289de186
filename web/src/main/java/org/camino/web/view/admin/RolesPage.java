package org.camino.web.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.security.boundary.RoleCatalogue;

import java.util.List;

/** Backs /admin/roles.xhtml: what each role may do. Roles are given to users on the Users page. */
@Named
@RequestScoped
public class RolesPage {

    @Inject
    RoleCatalogue catalogue;

    private List<RoleCatalogue.RoleView> roles;

    @PostConstruct
    void load() {
        roles = catalogue.roles();
    }

    public List<RoleCatalogue.RoleView> getRoles() { return roles; }
}
