package org.camino.security.control;

import java.io.Serializable;

/**
 * Who is signed in, as kept in the session. Holds no secret. A caller that
 * came with an API token carries the token's mission scope: {@code tokenMission}
 * is the mission code the token is limited to, or null for an unscoped token
 * or a browser session. A session's principal is as it was at sign-in; a
 * token's is read with the token at each request.
 */
public record CaminoPrincipal(long userId, String username, String displayName, int sessionEpoch,
                              boolean mustChangePassword, boolean viaApiToken, String tokenMission)
        implements Serializable {

    static CaminoPrincipal session(long userId, String username, String displayName, int sessionEpoch,
                                   boolean mustChangePassword) {
        return new CaminoPrincipal(userId, username, displayName, sessionEpoch, mustChangePassword, false, null);
    }

    @Override
    public String toString() {
        return username;
    }
}
