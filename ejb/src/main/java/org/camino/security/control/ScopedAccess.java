package org.camino.security.control;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission depends on what the method loads (a case's mission and type),
 * so the method checks it itself through {@link AccessControl}. The guard
 * verifies that it did: a method that returns without any check is refused.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ScopedAccess {
    /** What the method checks, for readers and the permission matrix. */
    String value();
}
