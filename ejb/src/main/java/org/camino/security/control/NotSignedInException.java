package org.camino.security.control;

import org.camino.platform.control.BusinessException;

/** No authenticated caller. Pages go to the login page, the API answers 401. */
public class NotSignedInException extends BusinessException {
    public NotSignedInException() {
        super("Not signed in");
    }
}
