package org.camino.security.boundary;

import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.PrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.camino.security.control.CaminoPrincipal;

import java.util.Optional;

/** Who is signed in in this request, as pages show it: read from the session, no database call. */
public record SignedInUser(String username, String displayName) {

    public static Optional<SignedInUser> current() {
        Subject subject = SecurityUtils.getSubject();
        PrincipalCollection principals = subject.getPrincipals();
        CaminoPrincipal principal = principals == null ? null : principals.oneByType(CaminoPrincipal.class);
        return Optional.ofNullable(principal).map(p -> new SignedInUser(p.username(), p.displayName()));
    }
}
