package org.camino.security.control;

import org.camino.platform.control.BusinessException;

/** The caller may not do this. Pages show the 403 page, the API answers 403. */
public class AccessDeniedException extends BusinessException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
