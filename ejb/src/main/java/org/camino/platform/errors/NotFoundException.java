package org.camino.platform.errors;

/**
 * Nothing there, or nothing the caller may see: both get the same answer, so
 * that a refused lookup says nothing about what exists.
 */
public class NotFoundException extends BusinessException {
    public NotFoundException(String what) {
        super(what + " not found");
    }
}
