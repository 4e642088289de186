package org.camino.platform.errors;


/** No authenticated caller. Pages go to the login page, the API answers 401. */
public class NotSignedInException extends BusinessException {
    public NotSignedInException() {
        super("Not signed in");
    }
}
