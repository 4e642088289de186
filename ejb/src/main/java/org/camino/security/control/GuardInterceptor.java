package org.camino.security.control;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import java.lang.reflect.Method;
import java.util.logging.Logger;

/**
 * Enforces {@link Guarded}: signed-in caller, then the method's declared
 * authorisation. Nested boundary calls keep the outer call's check count.
 */
@Guarded
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class GuardInterceptor {

    private static final Logger LOG = Logger.getLogger(GuardInterceptor.class.getName());
    private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

    @Inject
    AccessControl accessControl;

    @AroundInvoke
    Object guard(InvocationContext context) throws Exception {
        boolean outermost = AuthorizationMemo.open();
        try {
            return check(context);
        } finally {
            if (outermost) {
                AuthorizationMemo.close();
            }
        }
    }

    private Object check(InvocationContext context) throws Exception {
        Method method = context.getMethod();
        if (method.isAnnotationPresent(Public.class)) {
            return context.proceed();
        }
        CaminoPrincipal caller = accessControl.caller();
        if (method.isAnnotationPresent(SignedIn.class)) {
            return context.proceed();
        }
        Requires requires = method.getAnnotation(Requires.class);
        ScopedAccess scoped = method.getAnnotation(ScopedAccess.class);
        if (requires == null && scoped == null) {
            LOG.severe("Boundary method without an authorisation rule refused: " + method);
            accessControl.deny(caller, "(undeclared)", method.getDeclaringClass().getSimpleName() + "." + method.getName());
        }
        if (requires != null) {
            accessControl.require(requires.value(), method.getDeclaringClass().getSimpleName() + "." + method.getName());
        }
        int depth = DEPTH.get();
        if (depth == 0) {
            AccessControl.resetChecks();
        }
        DEPTH.set(depth + 1);
        try {
            Object result = context.proceed();
            if (scoped != null && AccessControl.checksMade() == 0) {
                LOG.severe("Scoped boundary method returned without checking access, result withheld: " + method);
                accessControl.deny(caller, "(unchecked)", method.getDeclaringClass().getSimpleName() + "." + method.getName());
            }
            return result;
        } finally {
            DEPTH.set(depth);
        }
    }
}
