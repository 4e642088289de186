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
     * The user's Shiro permission strings: each role's templates with the
     * mission code and programme area of the assignment filled in; limited to
     * one mission for a mission-scoped API token.
     */
    public Set<String> permissions(long userId, String onlyMission) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select rp.permission, m.code, ur.programme_area
                  from user_role ur
                  join role_permission rp on rp.role_code = ur.role_code
                  left join mission m on m.id = ur.mission_id
                 where ur.user_id = ?1
                   and (cast(?2 as varchar) is null or m.code = ?2)
                """).setParameter(1, userId).setParameter(2, onlyMission).getResultList();
        Set<String> permissions = new LinkedHashSet<>();
        for (Object[] row : rows) {
            String template = (String) row[0];
            String mission = (String) row[1];
            String area = (String) row[2];
            String permission = expand(template, mission, area);
            if (permission != null) {
                permissions.add(permission);
            }
        }
        return permissions;
    }

    /** A role's permission template for one assignment; null when it grants nothing (a mission role without a mission). */
    static String expand(String template, String missionCode, String programmeArea) {
        if (template.contains("{mission}") && missionCode == null) {
            return null;
        }
        return template.replace("{mission}", missionCode == null ? "" : missionCode.toLowerCase())
                .replace("{area}", programmeArea == null ? "resettlement,avrr" : programmeArea);
    }

    /** The caller behind an API token that is neither revoked nor expired, of an enabled user. */
    public Optional<CaminoPrincipal> findActiveToken(String tokenHash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select u.id, u.username, u.display_name, u.session_epoch, m.code
                  from api_token t
                  join app_user u on u.id = t.user_id
                  left join mission m on m.id = t.mission_id
                 where t.token_hash = ?1 and t.revoked_at is null and t.expires_at > now() and u.enabled
                """).setParameter(1, tokenHash).getResultList();
        return rows.stream().findFirst().map(r -> new CaminoPrincipal(((Number) r[0]).longValue(), (String) r[1],
                (String) r[2], ((Number) r[3]).intValue(), false, true, (String) r[4]));
    }

    /** Mission codes in which the user holds any role. */
    public Set<String> missionsOf(long userId) {
        return new LinkedHashSet<>(em.createQuery(
                        "select distinct m.code from UserRole r, Mission m where r.user.id = :id and m.id = r.missionId order by m.code",
                        String.class)
                .setParameter("id", userId).getResultList());
    }

    public Set<String> roles(long userId) {
        return new LinkedHashSet<>(em.createQuery(
                        "select distinct r.roleCode from UserRole r where r.user.id = :id", String.class)
                .setParameter("id", userId).getResultList());
    }
}
