package org.camino.web.view.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.cases.boundary.CaseHistory.Change;
import org.camino.web.view.CodeLabels;
import org.camino.web.view.Messages;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The history tab's words: which record changed ("case …", "person spouse",
 * "movement 12" as the service names them) and each changed field with its
 * label and its value in the reader's language (codes as their labels).
 */
@Named
@RequestScoped
public class CaseHistoryLabels {

    /** A changed field as shown. */
    public record Field(String label, String value) {
        /** Only codes and ids: the other fields may be personal, and records end up in logs. */
        @Override
        public String toString() {
            return "Field[label=" + label + "]";
        }
    }

    private static final Map<String, String> CODE_FIELDS = Map.ofEntries(Map.entry("sex", "SEX"),
            Map.entry("nationality", "COUNTRY"), Map.entry("documentCountry", "COUNTRY"),
            Map.entry("originCountry", "COUNTRY"), Map.entry("destinationCountry", "COUNTRY"),
            Map.entry("transportMeans", "TRANSPORT_MEANS"), Map.entry("escort", "ESCORT_TYPE"),
            Map.entry("closureReason", "CASE_CLOSURE_REASON"), Map.entry("consentPurpose", "CONSENT_PURPOSE"),
            Map.entry("documentType", "DOCUMENT_TYPE"), Map.entry("issuingCountry", "COUNTRY"));

    @Inject
    CodeLabels codes;

    @Inject
    org.camino.web.view.Formats fmt;

    public String record(String record) {
        int space = record.indexOf(' ');
        String kind = space < 0 ? record : record.substring(0, space);
        String rest = space < 0 ? "" : record.substring(space + 1);
        if ("person".equals(kind)) {
            rest = "principal".equals(rest) ? Messages.text("member.principal")
                    : codes.label("HOUSEHOLD_RELATIONSHIP", rest.toUpperCase(java.util.Locale.ROOT));
        } else if ("stage".equals(kind)) {
            rest = codes.label("RESETTLEMENT_STAGE", rest);
        } else if ("monitoring".equals(kind) && rest.startsWith("visit ")) {
            rest = codes.label("MONITORING_VISIT", rest.substring("visit ".length()));
        }
        return Messages.text("history.record." + kind) + (rest.isEmpty() ? "" : " " + rest);
    }

    public List<Field> fields(Change change) {
        boolean isCase = change.record().startsWith("case");
        boolean isMovement = change.record().startsWith("movement");
        return change.changedFields().entrySet().stream().map(e -> new Field(label(e.getKey()),
                value(e.getKey(), e.getValue(), isCase, isMovement))).toList();
    }

    private static String label(String field) {
        String text = Messages.text("history.field." + field);
        return text.startsWith("history.field.") ? field : text;
    }

    private String value(String field, String value, boolean isCase, boolean isMovement) {
        if (value == null || value.isEmpty()) {
            return "—";
        }
        if (("status".equals(field) || "pendingStatus".equals(field)) && isCase) {
            return codes.status(value);
        }
        if ("status".equals(field) && isMovement) {
            return codes.label("MOVEMENT_STATUS", value);
        }
        if (CODE_FIELDS.containsKey(field)) {
            return codes.label(CODE_FIELDS.get(field), value);
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return fmt.date(LocalDate.parse(value));
        }
        return value;
    }
}
