package org.camino.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camino.cases.control.PersonIndexer;
import org.camino.cases.entity.Person;
import org.camino.missions.entity.Mission;

import java.util.List;

/** Creates and updates people from forms, keeping their blind indexes current. */
@ApplicationScoped
public class People {

    @PersistenceContext
    EntityManager em;

    @Inject
    PersonIndexer indexer;

    public Person create(Mission mission, PersonForm form) {
        Person person = new Person(mission);
        apply(form, person);
        em.persist(person);
        return person;
    }

    public void apply(PersonForm form, Person person) {
        String givenName = trim(form.givenName());
        String familyName = trim(form.familyName());
        String documentNumber = trim(form.documentNumber());
        String phone = trim(form.phone());
        person.setGivenName(givenName);
        person.setFamilyName(familyName);
        person.setDateOfBirth(form.dateOfBirth());
        person.setBirthYear(form.birthYear() != null ? form.birthYear()
                : form.dateOfBirth() == null ? null : form.dateOfBirth().getYear());
        person.setBirthDateEstimated(form.birthDateEstimated());
        person.setSex(form.sex());
        person.setNationality(blankToNull(form.nationality()));
        person.setDocumentType(blankToNull(form.documentType()));
        person.setDocumentNumber(documentNumber);
        person.setDocumentCountry(blankToNull(form.documentCountry()));
        person.setPhone(phone);
        person.setEmail(trim(form.email()));
        person.setAddress(trim(form.address()));
        person.setVulnerabilities(form.vulnerabilities() == null ? List.of() : form.vulnerabilities());
        indexer.index(person, givenName, familyName, documentNumber, phone);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
