package org.camino.cases.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.camino.cases.boundary.CaseViews.DocumentView;
import org.camino.cases.control.CaseAccess;
import org.camino.cases.control.ProgrammeCases;
import org.camino.cases.entity.CaseFile;
import org.camino.cases.entity.DocumentRecord;
import org.camino.cases.entity.HouseholdMember;
import org.camino.cases.entity.Person;
import org.camino.platform.errors.ConflictException;
import org.camino.platform.errors.InvalidInputException.FieldProblem;
import org.camino.platform.errors.InvalidInputException;
import org.camino.security.control.AccessControl;
import org.camino.security.control.Guarded;
import org.camino.security.control.ScopedAccess;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The documents of the people in a case (passport, refugee ID, visa...), with
 * the access rules of the case's notes: readers of the case see them, those
 * who may update it record, correct and invalidate them. A record is never
 * deleted: marked invalid, it stays in the list and in the history.
 */
@Stateless
@Guarded
public class CaseDocuments {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl accessControl;

    @Inject
    CaseAccess caseAccess;

    @Inject
    ProgrammeCases parts;

    @Inject
    CaseValidation validation;

    @ScopedAccess("case:read on the case")
    public List<DocumentView> list(String number) {
        return documents(caseAccess.load(number, "read"));
    }

    @ScopedAccess("case:update on the case")
    public List<DocumentView> add(String number, @NotNull @Valid DocumentForm form) {
        CaseFile caseFile = caseAccess.load(number, "update");
        Person person = check(caseFile, form);
        String username = accessControl.caller().username();
        DocumentRecord document = new DocumentRecord(caseFile, username);
        apply(form, person, document);
        em.persist(document);
        caseFile.touch(username);
        return documents(caseFile);
    }

    /** Corrects a record; refused if someone saved it since the caller loaded it. */
    @ScopedAccess("case:update on the document's case")
    public List<DocumentView> update(String number, long documentId, long expectedVersion,
                                     @NotNull @Valid DocumentForm form) {
        CaseFile caseFile = caseAccess.load(number, "update");
        DocumentRecord document = find(caseFile, documentId, expectedVersion);
        Person person = check(caseFile, form);
        apply(form, person, document);
        caseFile.touch(accessControl.caller().username());
        flush(caseFile);
        return documents(caseFile);
    }

    /** Marks a record invalid (lost, withdrawn, recorded by mistake); it stays listed as invalid. */
    @ScopedAccess("case:update on the document's case")
    public List<DocumentView> invalidate(String number, long documentId, long expectedVersion) {
        CaseFile caseFile = caseAccess.load(number, "update");
        DocumentRecord document = find(caseFile, documentId, expectedVersion);
        if (document.getInvalidatedOn() == null) {
            document.invalidate(LocalDate.now());
            caseFile.touch(accessControl.caller().username());
            flush(caseFile);
        }
        return documents(caseFile);
    }

    private List<DocumentView> documents(CaseFile caseFile) {
        return em.createQuery("select d from DocumentRecord d join fetch d.person where d.caseFile = :c order by d.id",
                        DocumentRecord.class)
                .setParameter("c", caseFile).getResultStream().map(DocumentView::of).toList();
    }

    private DocumentRecord find(CaseFile caseFile, long documentId, long expectedVersion) {
        return parts.part(DocumentRecord.class, documentId, expectedVersion, caseFile, "Document record");
    }

    private Person check(CaseFile caseFile, DocumentForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        Person person = caseFile.getHousehold().getMembers().stream().map(HouseholdMember::getPerson)
                .filter(p -> p.getId().equals(form.personId())).findFirst().orElse(null);
        if (person == null) {
            problems.add(new FieldProblem("personId", "document.person.unknown"));
        }
        validation.code("documentType", "DOCUMENT_TYPE", form.documentType(), problems);
        validation.country("issuingCountry", form.issuingCountry(), problems);
        if (form.issuedOn() != null && form.issuedOn().isAfter(LocalDate.now())) {
            problems.add(new FieldProblem("issuedOn", "document.issuedOn.future"));
        }
        if (form.issuedOn() != null && form.expiresOn() != null && form.expiresOn().isBefore(form.issuedOn())) {
            problems.add(new FieldProblem("expiresOn", "document.expiresOn.beforeIssue"));
        }
        InvalidInputException.throwIfAny(problems);
        return person;
    }

    private static void apply(DocumentForm form, Person person, DocumentRecord document) {
        document.setPerson(person);
        document.setDocumentType(form.documentType().trim());
        document.setDocumentNumber(trim(form.documentNumber()));
        document.setIssuingCountry(trim(form.issuingCountry()));
        document.setIssuedOn(form.issuedOn());
        document.setExpiresOn(form.expiresOn());
        document.setRemarks(trim(form.remarks()));
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private void flush(CaseFile caseFile) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("This document record", caseFile.getUpdatedBy());
        }
    }
}
