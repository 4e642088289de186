package org.camino.security.boundary;

import org.camino.security.control.AuthorizationMemo;

/**
 * The span of one REST request that signs in with an API token: the grants the realm reads with the token serve
 * every call of the request, on its thread, and are dropped when it ends. The web module opens it around the
 * token check and the request ({@code ApiAuthFilter}); nothing is kept from one request to the next.
 */
public final class RequestAuthorization {

    private RequestAuthorization() {
    }

    /** @return true if this call opened the span (and must close it) */
    public static boolean open() {
        return AuthorizationMemo.open();
    }

    public static void close() {
        AuthorizationMemo.close();
    }
}
