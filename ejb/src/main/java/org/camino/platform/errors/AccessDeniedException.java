package org.camino.platform.errors;


/** The caller may not do this. Pages show the 403 page, the API answers 403. */
public class AccessDeniedException extends BusinessException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
