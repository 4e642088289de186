package org.camino.web.view.cases;

import org.camino.cases.boundary.CaseViews.DamagedField;
import org.camino.web.view.Messages;

import java.util.List;
import java.util.Map;

/**
 * The sentence a page shows for each damaged stored value (one that failed its
 * integrity check): which field of what, and the incident, e.g. "Given name
 * (person 12): its stored value failed its integrity check ... incident INC-…".
 * The case page and the programme tabs show them alike.
 */
final class DamagedFields {

    /** Labels of the fields whose stored values can be damaged, by their encrypted field's name. */
    private static final Map<String, String> FIELD_LABELS = Map.ofEntries(
            Map.entry("person.given_name", "person.givenName"), Map.entry("person.family_name", "person.familyName"),
            Map.entry("person.date_of_birth", "person.dateOfBirth"),
            Map.entry("person.document_number", "person.documentNumber"), Map.entry("person.phone", "person.phone"),
            Map.entry("person.email", "person.email"), Map.entry("person.address", "person.address"),
            Map.entry("movement.origin_place", "movement.originPlace"),
            Map.entry("movement.destination_place", "movement.destinationPlace"),
            Map.entry("case_note.text", "notes.text"), Map.entry("case_status_change.reason", "status.reason"),
            Map.entry("case_file.closure_note", "integrity.field.closureNote"),
            Map.entry("monitoring_visit.notes", "returns.visit.label.notes"),
            Map.entry("health_assessment.physician", "health.physician"),
            Map.entry("health_assessment.referral_note", "health.referralNote"),
            Map.entry("health_assessment.clinical_notes", "health.clinicalNotes"),
            Map.entry("trafficking_details.narrative", "trafficking.narrative"),
            Map.entry("trafficking_event.description", "trafficking.event.description"),
            Map.entry("trafficking_referral.note", "trafficking.referral.note"));

    private DamagedFields() {
    }

    static List<String> lines(List<DamagedField> damaged) {
        return damaged.stream().map(d -> Messages.text("integrity.damagedField",
                FIELD_LABELS.containsKey(d.field()) ? Messages.text(FIELD_LABELS.get(d.field())) : d.field(),
                Messages.text("integrity.owner." + d.owner()), String.valueOf(d.ownerId()),
                d.incident() == null ? "—" : d.incident())).toList();
    }
}
