package org.camino.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.camino.platform.errors.InvalidInputException.FieldProblem;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The checks Bean Validation cannot make alone: codes from their lists, dates
 * in order, a birth year that fits the date of birth. Each problem names its
 * field by its path in the form ({@code principal.nationality}).
 */
@ApplicationScoped
public class CaseValidation {

    @Inject
    CodeLists codes;

    @Inject
    Validator validator;

    /**
     * The form's own constraints ({@code @NotBlank}, {@code @Size}...) as field
     * problems under {@code path}, with their message keys: for the checks
     * made before the form reaches a service method (a step of the wizard).
     */
    public void constraints(String path, Object form, List<FieldProblem> problems) {
        validator.validate(form).stream()
                .map(v -> new FieldProblem(path + "." + v.getPropertyPath(), messageKey(v)))
                .sorted(Comparator.comparing(FieldProblem::field))
                .forEach(problems::add);
    }

    static String messageKey(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        return template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1) : template;
    }

    /**
     * Everything {@link Cases#register} checks beyond the form's own constraints: the principal, each
     * member, the first movement, the consent. The bulk import checks each row with the same method.
     */
    public void registration(NewCase form, List<FieldProblem> problems) {
        person("principal", form.principal(), problems);
        List<MemberForm> members = form.members() == null ? List.of() : form.members();
        for (int i = 0; i < members.size(); i++) {
            member("members[" + i + "]", members.get(i), problems);
        }
        movement("movement", form.movement(), problems);
        code("consentPurpose", "CONSENT_PURPOSE", form.consentPurpose(), problems);
        if (form.consentDate() != null && form.consentDate().isAfter(LocalDate.now())) {
            problems.add(new FieldProblem("consentDate", "consent.date.future"));
        }
    }

    public void member(String path, MemberForm member, List<FieldProblem> problems) {
        person(path + ".person", member.person(), problems);
        code(path + ".relationship", "HOUSEHOLD_RELATIONSHIP", member.relationship(), problems);
    }

    public void person(String path, PersonForm p, List<FieldProblem> problems) {
        if (p == null) {
            return;
        }
        code(path + ".sex", "SEX", p.sex(), problems);
        country(path + ".nationality", p.nationality(), problems);
        country(path + ".documentCountry", p.documentCountry(), problems);
        if (p.documentNumber() != null && !p.documentNumber().isBlank() && (p.documentType() == null || p.documentType().isBlank())) {
            problems.add(new FieldProblem(path + ".documentType", "person.documentType.required"));
        }
        if (p.vulnerabilities() != null) {
            p.vulnerabilities().forEach(v -> code(path + ".vulnerabilities", "VULNERABILITY", v, problems));
        }
        LocalDate today = LocalDate.now();
        if (p.dateOfBirth() != null && p.dateOfBirth().isAfter(today)) {
            problems.add(new FieldProblem(path + ".dateOfBirth", "person.dateOfBirth.future"));
        }
        if (p.dateOfBirth() != null && p.dateOfBirth().isBefore(today.minusYears(120))) {
            problems.add(new FieldProblem(path + ".dateOfBirth", "person.dateOfBirth.tooOld"));
        }
        if (p.birthYear() != null && (p.birthYear() > today.getYear() || p.birthYear() < today.getYear() - 120)) {
            problems.add(new FieldProblem(path + ".birthYear", "person.birthYear.range"));
        }
        if (p.birthYear() != null && p.dateOfBirth() != null && p.birthYear() != p.dateOfBirth().getYear()) {
            problems.add(new FieldProblem(path + ".birthYear", "person.birthYear.mismatch"));
        }
    }

    public void movement(String path, MovementForm m, List<FieldProblem> problems) {
        if (m == null) {
            return;
        }
        country(path + ".originCountry", m.originCountry(), problems);
        country(path + ".transitCountry", m.transitCountry(), problems);
        country(path + ".destinationCountry", m.destinationCountry(), problems);
        code(path + ".transportMeans", "TRANSPORT_MEANS", m.transportMeans(), problems);
        code(path + ".escort", "ESCORT_TYPE", m.escort(), problems);
        code(path + ".status", "MOVEMENT_STATUS", m.status(), problems);
        order(path + ".plannedArrival", m.plannedDeparture(), m.plannedArrival(), problems);
        order(path + ".actualArrival", m.actualDeparture(), m.actualArrival(), problems);
        LocalDate today = LocalDate.now();
        if (m.actualDeparture() != null && m.actualDeparture().isAfter(today)) {
            problems.add(new FieldProblem(path + ".actualDeparture", "movement.actual.future"));
        }
        if (m.actualArrival() != null && m.actualArrival().isAfter(today)) {
            problems.add(new FieldProblem(path + ".actualArrival", "movement.actual.future"));
        }
    }

    public void code(String field, String list, String value, List<FieldProblem> problems) {
        if (value != null && !value.isBlank() && !codes.contains(list, value)) {
            problems.add(new FieldProblem(field, "code.unknown"));
        }
    }

    public void country(String field, String value, List<FieldProblem> problems) {
        code(field, "COUNTRY", value, problems);
    }

    private static void order(String field, LocalDate first, LocalDate then, List<FieldProblem> problems) {
        if (first != null && then != null && then.isBefore(first)) {
            problems.add(new FieldProblem(field, "dates.order"));
        }
    }
}
