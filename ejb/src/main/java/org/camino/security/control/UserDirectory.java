package org.camino.security.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camino.security.entity.User;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the realm needs from the user tables: the account behind a user name,
 * its permissions, and the bookkeeping of failed and successful sign-ins.
 * Not a boundary: only the realm and the security services call it.
 */
@Stateless
public class UserDirectory {

    /** Failures in a row before an account is locked, and for how long. */
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    @PersistenceContext
    EntityManager em;

    public Optional<User> findByUsername(String username) {
        return em.createQuery("select u from User u where u.username = :username", User.class)
                .setParameter("username", username == null ? "" : username.trim().toLowerCase())
                .getResultStream().findFirst();
    }

    /** Records a wrong password; returns true when this failure locked the account. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean recordFailure(long userId) {
        User user = em.find(User.class, userId);
        user.setFailedLogins(user.getFailedLogins() + 1);
        if (user.getFailedLogins() >= MAX_FAILURES) {
            user.setLockedUntil(Instant.now().plus(LOCKOUT));
            user.setFailedLogins(0);
            return true;
        }
        return false;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordSuccess(long userId) {
        User user = em.find(User.class, userId);
        user.setFailedLogins(0);
        user.setLockedUntil(null);
        user.setLastLoginAt(Instant.now());
    }

    /** The session epoch of an enabled account, or empty when the account is gone or disabled. */
    public Optional<Integer> activeSessionEpoch(long userId) {
        User user = em.find(User.class, userId);
        return user == null || !user.isEnabled() ? Optional.empty() : Optional.of(user.getSessionEpoch());
    }

    /**
     * The user's roles, missions and permission strings (each role's templates with the mission code and
     * programme area of the assignment filled in), in one statement; permissions limited to one mission for a
     * mission-scoped API token. Every column has a label of its own (no two ids or codes under one name).
     */
    public Grants grants(long userId, String onlyMission) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select ur.role_code, m.id as mission_id, m.code as mission_code, ur.programme_area, rp.permission
                  from user_role ur
                  left join mission m on m.id = ur.mission_id
                  left join role_permission rp on rp.role_code = ur.role_code
                 where ur.user_id = ?1
                """).setParameter(1, userId).getResultList();
        return Grants.of(rows.stream().map(UserDirectory::grant).toList(), onlyMission);
    }

    /** The caller behind an API token, and their grants as they stand at this request. */
    public record TokenCaller(CaminoPrincipal principal, Grants grants) {
    }

    /**
     * The caller behind an API token that is neither revoked nor expired, of an enabled user, with their grants:
     * one statement, and outside any transaction (autocommit: no BEGIN and COMMIT around it). Nothing of it is
     * kept beyond the request, so a revocation, an expiry, a disabled account or a changed role (written on
     * whichever server) refuses the token's next request.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<TokenCaller> findActiveToken(String tokenHash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select ur.role_code, m.id as mission_id, m.code as mission_code, ur.programme_area, rp.permission,
                       u.id as user_id, u.username, u.display_name, u.session_epoch, u.must_change_password,
                       tm.code as token_mission
                  from api_token t
                  join app_user u on u.id = t.user_id
                  left join mission tm on tm.id = t.mission_id
                  left join user_role ur on ur.user_id = u.id
                  left join mission m on m.id = ur.mission_id
                  left join role_permission rp on rp.role_code = ur.role_code
                 where t.token_hash = ?1 and t.revoked_at is null and t.expires_at > now() and u.enabled
                """).setParameter(1, tokenHash).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] first = rows.get(0);
        String tokenMission = (String) first[10];
        CaminoPrincipal principal = new CaminoPrincipal(((Number) first[5]).longValue(), (String) first[6],
                (String) first[7], ((Number) first[8]).intValue(), (Boolean) first[9], true, tokenMission);
        return Optional.of(new TokenCaller(principal,
                Grants.of(rows.stream().map(UserDirectory::grant).toList(), tokenMission)));
    }

    /** The first five columns of a row: role, mission id and code, programme area, permission template. */
    private static Grants.Grant grant(Object[] row) {
        return new Grants.Grant((String) row[0], row[1] == null ? null : ((Number) row[1]).longValue(), (String) row[2],
                (String) row[3], (String) row[4]);
    }

    /** Mission codes in which the user holds any role. */
    public Set<String> missionsOf(long userId) {
        return new LinkedHashSet<>(em.createQuery(
                        "select distinct m.code from UserRole r, Mission m where r.user.id = :id and m.id = r.missionId order by m.code",
                        String.class)
                .setParameter("id", userId).getResultList());
    }
}
