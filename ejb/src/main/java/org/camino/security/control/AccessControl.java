package org.camino.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;
import org.camino.platform.errors.AccessDeniedException;
import org.camino.platform.errors.NotSignedInException;

import java.util.Locale;
import java.util.Optional;

/**
 * The one place where Camino asks "may the caller do this?". Permission
 * strings are Shiro wildcard permissions: {@code case:<action>:<type>:<mission>},
 * {@code admin:users}, {@code report:run:<mission>} (see V2__security.sql).
 * Every refusal is written to the access log.
 */
@ApplicationScoped
public class AccessControl {

    /** Counts checks made during the current boundary call, so the guard can tell a {@link ScopedAccess} method really checked. */
    private static final ThreadLocal<int[]> CHECKS = ThreadLocal.withInitial(() -> new int[1]);

    @Inject
    AccessLog accessLog;

    public CaminoPrincipal caller() {
        return callerIfAny().orElseThrow(NotSignedInException::new);
    }

    public Optional<CaminoPrincipal> callerIfAny() {
        Subject subject = ThreadContext.getSubject();
        if (subject == null || !subject.isAuthenticated() || subject.getPrincipals() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(subject.getPrincipals().oneByType(CaminoPrincipal.class));
    }

    /**
     * The caller's roles, missions and permissions: for an API token those read with the token at the start of
     * this request, else read once per boundary call (as the permissions are).
     */
    public Grants callerGrants() {
        return CaminoRealm.grantsOf(caller());
    }

    public boolean isPermitted(String permission) {
        CHECKS.get()[0]++;
        Subject subject = ThreadContext.getSubject();
        return subject != null && subject.isAuthenticated() && subject.isPermitted(permission.toLowerCase(Locale.ROOT));
    }

    /** Refuses (and logs) unless the caller holds the permission. */
    public void require(String permission, String target) {
        CaminoPrincipal caller = caller();
        if (!isPermitted(permission)) {
            deny(caller, permission, target);
        }
    }

    public boolean mayOnCase(String action, String caseType, String missionCode) {
        return isPermitted("case:" + action + ":" + caseType + ":" + missionCode);
    }

    public void deny(CaminoPrincipal caller, String permission, String target) {
        accessLog.record(AccessLog.Event.ACCESS_DENIED, caller == null ? null : caller.username(), target,
                "missing " + permission);
        throw new AccessDeniedException("Not allowed");
    }

    static void resetChecks() {
        CHECKS.get()[0] = 0;
    }

    static int checksMade() {
        return CHECKS.get()[0];
    }
}
