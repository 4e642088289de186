package org.camino.web.api;

import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.subject.Subject;
import org.camino.platform.errors.DatabaseUnavailable;

import java.util.Optional;

/**
 * A user name and password checked for one API request, with the login
 * page's checks, lockout and access log, and no session: for the requests
 * that cannot carry a token yet (issuing one, changing an initial password).
 */
final class PasswordSignIn {

    private PasswordSignIn() {
    }

    /** The signed-in subject to run the request as; empty when the sign-in failed (answer 401). */
    static Optional<Subject> signIn(String username, String password) {
        Subject caller = new Subject.Builder(SecurityUtils.getSecurityManager()).sessionCreationEnabled(false).buildSubject();
        try {
            caller.login(new UsernamePasswordToken(username, password));
            return Optional.of(caller);
        } catch (AuthenticationException e) {
            if (DatabaseUnavailable.isCause(e)) {
                throw e; // not a wrong password: answered 503 (ApiErrors)
            }
            return Optional.empty();
        }
    }
}
