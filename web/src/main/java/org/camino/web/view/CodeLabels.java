package org.camino.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.cases.control.CodeLists;

import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    public String status(String status) {
        return status == null ? "" : Messages.text("status." + status);
    }

    public String caseType(String type) {
        return label("CASE_TYPE", type);
    }
}
