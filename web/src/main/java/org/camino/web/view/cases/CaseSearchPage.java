package org.camino.web.view.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.cases.boundary.CaseQueries;
import org.camino.cases.boundary.CaseViews.CaseRow;
import org.camino.cases.boundary.Cases;
import org.camino.cases.boundary.PersonSearch;
import org.camino.platform.errors.InvalidInputException;
import org.camino.web.view.InputProblems;

import java.util.List;

/**
 * Backs /cases/search.xhtml: exact search by case number, name, document or
 * phone. Names, documents and phones are matched through blind indexes (the
 * data stays encrypted); the service returns only cases the user may read.
 */
@Named
@RequestScoped
public class CaseSearchPage {

    @Inject
    Cases cases;

    private String by = "name";
    private String value;
    private List<CaseRow> results;

    public String search() {
        if ("number".equals(by)) {
            if (value != null && !value.isBlank()) {
                return "/cases/view?faces-redirect=true&number=" + value.trim().toUpperCase(java.util.Locale.ROOT);
            }
        }
        PersonSearch search = new PersonSearch("number".equals(by) ? "name" : by, value);
        if (!InputProblems.validate("search", "", search)) {
            return null;
        }
        try {
            results = cases.search(search);
        } catch (InvalidInputException e) {
            InputProblems.show("search", e);
        }
        return null;
    }

    /** What matched, in the user's language: "name word, sound". */
    public String matched(CaseRow row) {
        if (row.matched() == null) {
            return "";
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        java.util.ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        return java.util.Arrays.stream(row.matched().split(","))
                .map(code -> msg.containsKey("search.matched." + code) ? msg.getString("search.matched." + code) : code)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public List<String> getKinds() {
        return List.of("name", "document", "phone", "number");
    }

    public String getBy() { return by; }
    public void setBy(String by) { this.by = by; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
    public List<CaseRow> getResults() { return results; }
    /** True when the search may have found more cases than it shows. */
    public boolean isCapped() { return results != null && results.size() >= CaseQueries.SEARCH_LIMIT; }
}
