package org.camino.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camino.cases.entity.Person;
import org.camino.crypto.BlindIndex;

/** Keeps a person's blind indexes in step with their (encrypted) values. */
@ApplicationScoped
public class PersonIndexer {

    @Inject
    BlindIndex blindIndex;

    public void index(Person person) {
        String fullName = person.fullName();
        person.setIndexes(blindIndex.ofName(fullName), blindIndex.ofName(person.getFamilyName()),
                blindIndex.ofDocumentNumber(person.getDocumentNumber()), blindIndex.ofPhone(person.getPhone()),
                blindIndex.ofDuplicatePerson(fullName, person.getBirthYear()));
    }

    public String nameIndex(String name) {
        return blindIndex.ofName(name);
    }

    public String documentIndex(String number) {
        return blindIndex.ofDocumentNumber(number);
    }

    public String phoneIndex(String phone) {
        return blindIndex.ofPhone(phone);
    }

    public String duplicateKey(String fullName, Integer birthYear) {
        return blindIndex.ofDuplicatePerson(fullName, birthYear);
    }
}
