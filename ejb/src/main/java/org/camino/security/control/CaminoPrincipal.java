package org.camino.security.control;

import java.io.Serializable;

/** Who is signed in, as kept in the session. Holds no secret. */
public record CaminoPrincipal(long userId, String username, String displayName, int sessionEpoch,
                              boolean mustChangePassword) implements Serializable {
    @Override
    public String toString() {
        return username;
    }
}
