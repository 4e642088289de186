package org.camino.web.view;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language of the pages for this session (f:view locale in the template).
 * Starts with what the browser asks for among English, French and Spanish.
 */
@Named("language")
@SessionScoped
public class LanguageSwitch implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> SUPPORTED = List.of("en", "fr", "es");

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            Locale asked = faces == null ? Locale.ENGLISH : faces.getApplication().getViewHandler().calculateLocale(faces);
            locale = Locale.forLanguageTag(SUPPORTED.contains(asked.getLanguage()) ? asked.getLanguage() : "en");
        }
        return locale;
    }

    public List<String> getLanguages() {
        return SUPPORTED;
    }

    public boolean isCurrent(String language) {
        return getLocale().getLanguage().equals(language);
    }

    /** Switches and reloads the same page (with its view parameters), so that every text is redrawn. */
    public String switchTo(String language) {
        if (SUPPORTED.contains(language)) {
            locale = Locale.forLanguageTag(language);
            FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        }
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
