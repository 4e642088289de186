package org.camino.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camino.platform.control.SqlValues;
import org.camino.platform.errors.InvalidInputException;
import org.camino.platform.errors.NotFoundException;
import org.camino.security.control.AccessControl;
import org.camino.security.control.AccessLog;
import org.camino.security.control.ApiTokenSecrets;
import org.camino.security.control.CaminoPrincipal;
import org.camino.security.control.Guarded;
import org.camino.security.control.SignedIn;
import org.camino.security.control.UserDirectory;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Users issue API tokens for their own REST clients, limited to one of their missions, and revoke them. */
@Stateless
@Guarded
public class ApiTokens {

    public static final int MAX_VALID_DAYS = 90;

    public record IssuedToken(long id, String secret, String missionCode, Instant expiresAt) {
        @Override
        public String toString() {
            return "IssuedToken[" + id + "]";
        }
    }

    public record TokenInfo(long id, String name, String missionCode, Instant createdAt, Instant expiresAt, Instant revokedAt) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl accessControl;

    @Inject
    UserDirectory users;

    @Inject
    AccessLog accessLog;

    @SignedIn("tokens for the caller's own account, only in the caller's missions")
    public IssuedToken issue(String missionCode, String name, int validDays) {
        CaminoPrincipal caller = accessControl.caller();
        if (caller.viaApiToken()) {
            throw InvalidInputException.of("token", "token.notFromToken");
        }
        if (caller.mustChangePassword()) {
            throw InvalidInputException.of("password", "token.changePasswordFirst");
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            throw InvalidInputException.of("name", "token.name.required");
        }
        if (validDays < 1 || validDays > MAX_VALID_DAYS) {
            throw InvalidInputException.of("validDays", "token.validDays.range");
        }
        Long missionId = null;
        if (missionCode != null && !missionCode.isBlank()) {
            if (!users.missionsOf(caller.userId()).contains(missionCode)) {
                throw InvalidInputException.of("mission", "token.mission.notYours");
            }
            missionId = ((Number) em.createNativeQuery("select id from mission where code = ?1")
                    .setParameter(1, missionCode).getSingleResult()).longValue();
        }
        String secret = ApiTokenSecrets.newSecret();
        Instant expiresAt = Instant.now().plus(Duration.ofDays(validDays));
        long id = ((Number) em.createNativeQuery("select nextval('api_token_seq')").getSingleResult()).longValue();
        em.createNativeQuery("""
                        insert into api_token (id, user_id, mission_id, name, token_hash, expires_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6)""")
                .setParameter(1, id).setParameter(2, caller.userId()).setParameter(3, missionId)
                .setParameter(4, name.trim()).setParameter(5, ApiTokenSecrets.hash(secret))
                .setParameter(6, Timestamp.from(expiresAt)).executeUpdate();
        accessLog.record(AccessLog.Event.TOKEN_CREATED, caller.username(), "token:" + id,
                missionCode == null ? "all missions" : "mission " + missionCode);
        return new IssuedToken(id, secret, missionCode, expiresAt);
    }

    @SignedIn("the caller's own tokens")
    public void revoke(long tokenId) {
        CaminoPrincipal caller = accessControl.caller();
        int updated = em.createNativeQuery(
                        "update api_token set revoked_at = now() where id = ?1 and user_id = ?2 and revoked_at is null")
                .setParameter(1, tokenId).setParameter(2, caller.userId()).executeUpdate();
        if (updated == 0) {
            throw new NotFoundException("Token");
        }
        accessLog.record(AccessLog.Event.TOKEN_REVOKED, caller.username(), "token:" + tokenId, null);
    }

    @SignedIn("the caller's own tokens")
    public List<TokenInfo> mine() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select t.id, t.name, m.code, t.created_at, t.expires_at, t.revoked_at
                          from api_token t left join mission m on m.id = t.mission_id
                         where t.user_id = ?1 order by t.created_at desc""")
                .setParameter(1, accessControl.caller().userId()).getResultList();
        return rows.stream().map(r -> new TokenInfo(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                SqlValues.instant(r[3]), SqlValues.instant(r[4]), SqlValues.instant(r[5]))).toList();
    }
}
