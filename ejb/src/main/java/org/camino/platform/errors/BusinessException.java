package org.camino.platform.errors;

import jakarta.ejb.ApplicationException;

/**
 * What a service refuses for a reason the user can act on. Pages turn these
 * into messages, the API into 4xx JSON; the transaction is rolled back, so
 * nothing is half-saved.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class BusinessException extends RuntimeException {
    protected BusinessException(String message) {
        super(message);
    }
}
