package org.camino.cases.entity;

import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;
import org.camino.security.control.CaminoPrincipal;
import org.hibernate.envers.RevisionListener;

/** Stamps each Envers revision with the user who made the change. */
public class CaminoRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        Subject subject = ThreadContext.getSubject();
        CaminoPrincipal principal = subject == null || subject.getPrincipals() == null ? null
                : subject.getPrincipals().oneByType(CaminoPrincipal.class);
        ((CaminoRevision) revision).setUsername(principal == null ? "system" : principal.username());
    }
}
