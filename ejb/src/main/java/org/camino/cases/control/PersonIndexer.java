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
        index(person, person.getGivenName(), person.getFamilyName(), person.getDocumentNumber(), person.getPhone());
    }

    /**
     * Indexes from the plaintext just written, sparing the decryption of
     * what was encrypted a moment ago (a third of the crypto work of a
     * registration). The values must be the ones the person now holds.
     */
    public void index(Person person, String givenName, String familyName, String documentNumber, String phone) {
        String fullName = familyName == null ? givenName : givenName + " " + familyName;
        person.setIndexes(blindIndex.ofName(fullName), blindIndex.ofName(familyName),
                blindIndex.ofDocumentNumber(documentNumber), blindIndex.ofPhone(phone),
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
