package org.camino.web.view;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.camino.platform.errors.InvalidInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Puts each problem beside the field it concerns. Services name fields by
 * their path in the form ({@code principal.givenName}, {@code members[0].person.sex},
 * {@code movement.plannedArrival}); the input's id is that path with dots and
 * brackets as underscores ({@code principal_givenName}), inside the named form
 * wherever the form sits in the page. A problem without such an input becomes
 * a message at the top of the page, so none is ever lost.
 */
public final class InputProblems {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private InputProblems() {
    }

    /** Business validation from a service. */
    public static void show(String formId, InvalidInputException invalid) {
        invalid.problems().forEach(p -> add(formId, p.field(), Messages.text(p.messageKey())));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Bean Validation of a form record, checked here before the service is called; true if it is valid. */
    public static <T> boolean validate(String formId, String prefix, T form) {
        Set<ConstraintViolation<T>> violations = VALIDATOR.validate(form);
        violations.forEach(v -> add(formId, prefix + v.getPropertyPath(), text(v)));
        if (!violations.isEmpty()) {
            FacesContext.getCurrentInstance().validationFailed();
        }
        return violations.isEmpty();
    }

    /** Bean Validation failures raised by a service's own parameter checks (path: method, parameter, field...). */
    public static boolean showIfViolation(String formId, RuntimeException e) {
        Throwable cause = e;
        while (cause instanceof EJBException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (!(cause instanceof ConstraintViolationException violations)) {
            return false;
        }
        for (ConstraintViolation<?> v : violations.getConstraintViolations()) {
            List<String> nodes = new ArrayList<>();
            v.getPropertyPath().forEach(n -> nodes.add(n.toString()));
            String field = nodes.size() > 2 ? String.join(".", nodes.subList(2, nodes.size())) : "";
            add(formId, field, text(v));
        }
        FacesContext.getCurrentInstance().validationFailed();
        return true;
    }

    /** The input id for a field path: {@code members[0].person.sex} becomes {@code members_0_person_sex}. */
    public static String inputId(String field) {
        return field.replace("].", "_").replace('[', '_').replace(']', '_').replace('.', '_').replaceAll("_+$", "");
    }

    private static void add(String formId, String field, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        UIComponent input = field.isEmpty() ? null : findInput(formId, inputId(field));
        faces.addMessage(input == null ? null : input.getClientId(faces),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    static UIComponent findInput(String formId, String inputId) {
        UIForm form = findForm(FacesContext.getCurrentInstance().getViewRoot(), formId);
        if (form == null) {
            return null;
        }
        try {
            return form.findComponent(inputId);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static UIForm findForm(UIComponent parent, String formId) {
        for (UIComponent child : parent.getChildren()) {
            if (child instanceof UIForm form && formId.equals(form.getId())) {
                return form;
            }
            UIForm inner = findForm(child, formId);
            if (inner != null) {
                return inner;
            }
        }
        for (UIComponent facet : parent.getFacets().values()) {
            UIForm inner = findForm(facet, formId);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    /** The domain's message keys are in the page bundle too, so the reader's language wins. */
    private static String text(ConstraintViolation<?> v) {
        String template = v.getMessageTemplate();
        if (template.startsWith("{") && template.endsWith("}")) {
            String key = template.substring(1, template.length() - 1);
            String text = Messages.text(key);
            if (!text.equals(key)) {
                return text;
            }
        }
        return v.getMessage();
    }
}
