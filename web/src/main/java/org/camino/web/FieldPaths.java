package org.camino.web;

import jakarta.validation.ConstraintViolation;

import java.util.ArrayList;
import java.util.List;

/**
 * The field a Bean Validation failure concerns, named as the client or form
 * names it: a service method's parameter path without the method name and,
 * for form objects, without the parameter name ({@code register.form.principal.givenName}
 * becomes {@code principal.givenName}; {@code create.code} becomes {@code code}).
 */
public final class FieldPaths {

    private FieldPaths() {
    }

    public static String of(ConstraintViolation<?> violation) {
        List<String> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(node -> nodes.add(node.toString()));
        boolean methodParameter = nodes.size() > 1 && violation.getExecutableParameters() != null;
        return String.join(".", methodParameter ? nodes.subList(Math.min(2, nodes.size() - 1), nodes.size()) : nodes);
    }
}
