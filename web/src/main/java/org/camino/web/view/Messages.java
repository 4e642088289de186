package org.camino.web.view;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import org.camino.platform.errors.InvalidInputException;
import org.camino.web.FieldPaths;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts from the resource bundles, and business refusals turned into Faces messages beside their fields. */
public final class Messages {

    public static final String BUNDLE = "org.camino.web.messages";

    private Messages() {
    }

    public static String text(Locale locale, String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static String text(String key, Object... args) {
        return text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, args);
    }

    public static void error(String clientId, String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, args), null));
    }

    public static void info(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
    }

    /** Each problem beside its field: {@code formId:field}. */
    public static void show(String formId, InvalidInputException invalid) {
        invalid.problems().forEach(p -> error(formId + ":" + p.field(), p.messageKey()));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /**
     * Bean Validation failures of a service call (they arrive wrapped in an
     * EJBException) beside their fields; false when the exception is of
     * another kind, for the caller to rethrow.
     */
    public static boolean showViolations(String formId, RuntimeException e) {
        Throwable cause = e;
        while (cause instanceof EJBException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (!(cause instanceof ConstraintViolationException violations)) {
            return false;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        violations.getConstraintViolations().forEach(v -> faces.addMessage(formId + ":" + FieldPaths.of(v),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, v.getMessage(), null)));
        faces.validationFailed();
        return true;
    }
}
