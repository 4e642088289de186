package org.camino.web.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.security.boundary.Account;

/** Backs /index.xhtml, the first page after sign-in. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    Account account;

    private Account.Me me;

    @PostConstruct
    void load() {
        me = account.me();
    }

    public Account.Me getMe() {
        return me;
    }
}
