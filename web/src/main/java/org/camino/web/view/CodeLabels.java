package org.camino.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.cases.boundary.CodeLists;

import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Code-list values in the reader's language: {@code #{codes.label('COUNTRY', c)}}
 * for a value, {@code #{codes.options('SEX')}} for a choice. Case statuses have
 * no code list (they are each workflow's states): their labels are in the bundle.
 */
@Named("codes")
@RequestScoped
public class CodeLabels {

    /** One choice of a select: the stored code and its label. */
    public record Option(String code, String label) {
    }

    @Inject
    CodeLists codeLists;

    private final Map<String, List<Option>> options = new HashMap<>();

    public String label(String list, String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        Locale locale = Formats.locale();
        return codeLists.list(list).stream().filter(c -> c.code().equals(code)).findFirst()
                .map(c -> c.label(locale)).orElse(code);
    }

    /** The list's values; countries (which have no order of their own) sorted by their label in this language. */
    public List<Option> options(String list) {
        return options.computeIfAbsent(list, name -> {
            Locale locale = Formats.locale();
            List<Option> all = codeLists.list(name).stream().map(c -> new Option(c.code(), c.label(locale))).toList();
            if ("COUNTRY".equals(name)) {
                Collator collator = Collator.getInstance(locale);
                return all.stream().sorted(Comparator.comparing(Option::label, collator)).toList();
            }
            return all;
        });
    }

    /** Several values of a list, as one line: "Hepatitis B, Gonorrhoea". */
    public String labels(String list, List<String> codes) {
        return codes == null ? "" : String.join(", ", codes.stream().map(c -> label(list, c)).toList());
    }

    /** The values at the top of a list that refines some of its own values (HEALTH_OUTCOME). */
    public List<Option> topLevel(String list) {
        return within(list, null);
    }

    /** The values of a list that refine this one of the same list (the conditions of FIT_WITH_CONDITIONS). */
    public List<Option> under(String list, String parent) {
        return parent == null || parent.isBlank() ? List.of() : within(list, parent);
    }

    private List<Option> within(String list, String parent) {
        Locale locale = Formats.locale();
        return codeLists.list(list).stream().filter(c -> Objects.equals(c.parent(), parent))
                .map(c -> new Option(c.code(), c.label(locale))).toList();
    }

    public String status(String status) {
        return status == null ? "" : Messages.text("status." + status);
    }

    public String caseType(String type) {
        return label("CASE_TYPE", type);
    }
}
