package org.camino.security.control;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a boundary (an EJB that pages, REST resources and batch jobs call).
 * Every public method of a guarded class needs a signed-in caller and must
 * say how it is authorised: {@link Requires}, {@link ScopedAccess}, {@link SignedIn} or
 * {@link Public}. A method that says nothing is refused (fail closed), and
 * {@code BoundaryGuardTest} fails the build for it.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Guarded {
}
