package org.camino.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camino.platform.errors.InvalidInputException.FieldProblem;
import org.camino.platform.errors.InvalidInputException;
import org.camino.security.control.AccessControl;
import org.camino.security.control.AccessLog;
import org.camino.security.control.CaminoPrincipal;
import org.camino.security.control.Grants;
import org.camino.security.control.Guarded;
import org.camino.security.control.PasswordPolicy;
import org.camino.security.control.Passwords;
import org.camino.security.control.SignedIn;
import org.camino.security.control.UserDirectory;
import org.camino.security.entity.User;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What every user may do with their own account. */
@Stateless
@Guarded
public class Account {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl accessControl;

    @Inject
    AccessLog accessLog;

    @Inject
    UserDirectory users;

    @SignedIn("the caller's own password")
    public void changePassword(String currentPassword, String newPassword) {
        CaminoPrincipal caller = accessControl.caller();
        User user = em.find(User.class, caller.userId());
        List<FieldProblem> problems = new ArrayList<>();
        if (currentPassword == null || !Passwords.matches(currentPassword, user.getPasswordHash())) {
            problems.add(new FieldProblem("currentPassword", "password.currentWrong"));
        }
        PasswordPolicy.problems(newPassword, user.getUsername())
                .forEach(key -> problems.add(new FieldProblem("newPassword", key)));
        if (newPassword != null && currentPassword != null && newPassword.equals(currentPassword)) {
            problems.add(new FieldProblem("newPassword", "password.same"));
        }
        InvalidInputException.throwIfAny(problems);
        user.setPasswordHash(Passwords.hash(newPassword));
        user.setMustChangePassword(false);
        user.setPasswordChangedAt(Instant.now());
        accessLog.record(AccessLog.Event.PASSWORD_CHANGED, caller.username(), "user:" + caller.username(), null);
    }

    public record Me(String username, String displayName, List<String> roles, List<String> missions,
                     boolean mustChangePassword, String tokenMission) {
    }

    /**
     * Staff display names by user name, for pages that show who did what ("by",
     * "requested by"). Staff names only; a user name without an account (the
     * "system" of generated data) is left out, and shown as it is.
     */
    @SignedIn("the names of colleagues shown beside their actions")
    public Map<String, String> displayNames(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        if (usernames == null || usernames.isEmpty()) {
            return names;
        }
        em.createQuery("select u.username, u.displayName from User u where u.username in :usernames", Object[].class)
                .setParameter("usernames", usernames)
                .getResultList()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    @SignedIn("the caller's own account")
    public Me me() {
        CaminoPrincipal caller = accessControl.caller();
        Grants grants = accessControl.callerGrants();
        List<String> roles = List.copyOf(grants.roles());
        List<String> missions = List.copyOf(grants.missions().keySet());
        if (caller.viaApiToken()) {
            // read with the token at the start of this request: nothing to read again
            return new Me(caller.username(), caller.displayName(), roles, missions, caller.mustChangePassword(),
                    caller.tokenMission());
        }
        User user = em.find(User.class, caller.userId()); // a session's principal is as it was at sign-in
        return new Me(user.getUsername(), user.getDisplayName(), roles, missions, user.isMustChangePassword(), null);
    }

    @SignedIn("whether the caller must still change an initial password")
    public boolean mustChangePassword() {
        return em.find(User.class, accessControl.caller().userId()).isMustChangePassword();
    }

    @SignedIn("the caller's own sign-out, written to the access log")
    public void recordSignOut() {
        accessLog.record(AccessLog.Event.LOGOUT, accessControl.caller().username(), "logout", null);
    }

    /**
     * Whether the caller's session is still the account's current one: false
     * once the account was disabled, locked or signed out everywhere (each
     * moves the account's session epoch on).
     */
    @SignedIn("the caller's own session")
    public boolean sessionIsCurrent() {
        CaminoPrincipal caller = accessControl.caller();
        return users.activeSessionEpoch(caller.userId()).filter(epoch -> epoch == caller.sessionEpoch()).isPresent();
    }
}
