package org.camino.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camino.cases.entity.Person;
import org.camino.crypto.BlindIndex;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Keeps a person's blind indexes in step with their (encrypted) values. */
@ApplicationScoped
public class PersonIndexer {

    /** The clear column the duplicate key uses besides the encrypted ones. */
    public static final String BIRTH_YEAR_COLUMN = "birth_year";
    /** The blind-index columns of {@code person} (and {@code person_aud}), in {@link Indexes} order. */
    public static final List<String> INDEX_COLUMNS = List.of("name_index", "family_name_index", "document_index",
            "phone_index", "duplicate_key");
    /** The word keys of {@code person} (not in its history, {@code person_aud}). */
    public static final String NAME_KEYS_COLUMN = "name_keys";

    /** A person's indexes, all under the current blind-index key; {@code nameKeys} space-separated. */
    public record Indexes(String name, String familyName, String document, String phone, String duplicateKey,
                          String nameKeys) {
        /** Only codes and ids: the other fields may be personal, and records end up in logs. */
        @Override
        public String toString() {
            return "Indexes[...]";
        }


        /** Column name to index, for the key-rotation job's plain SQL; the history has no word keys. */
        public Map<String, String> byColumn(boolean history) {
            Map<String, String> columns = new LinkedHashMap<>();
            columns.put(INDEX_COLUMNS.get(0), name);
            columns.put(INDEX_COLUMNS.get(1), familyName);
            columns.put(INDEX_COLUMNS.get(2), document);
            columns.put(INDEX_COLUMNS.get(3), phone);
            columns.put(INDEX_COLUMNS.get(4), duplicateKey);
            if (!history) {
                columns.put(NAME_KEYS_COLUMN, nameKeys);
            }
            return columns;
        }
    }

    /** The keys a name search looks for: each word's keys under the current and, while it is rotated, the previous key. */
    public record NameKeys(List<BlindIndex.WordKey> current, List<BlindIndex.WordKey> previous) {

        public boolean isEmpty() {
            return current.isEmpty();
        }

        /** Both lists, current first. */
        public List<BlindIndex.WordKey> all() {
            if (previous == current) {
                return current;
            }
            List<BlindIndex.WordKey> all = new java.util.ArrayList<>(current);
            all.addAll(previous);
            return all;
        }
    }

    /**
     * What a search compares a column with: the index under the current key and,
     * while the blind-index key is being rotated, under the previous one (else the
     * same value twice, so that queries keep one shape). Null if there is nothing to search.
     */
    public record SearchIndex(String current, String previous) {
    }

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
        Indexes indexes = indexesOf(givenName, familyName, documentNumber, phone, person.getBirthYear());
        person.setIndexes(indexes.name(), indexes.familyName(), indexes.document(), indexes.phone(), indexes.duplicateKey());
        person.setNameKeys(indexes.nameKeys());
    }

    /** The indexes of a person's values; also used by the key-rotation job, which reads rows without entities. */
    public Indexes indexesOf(String givenName, String familyName, String documentNumber, String phone, Integer birthYear) {
        String fullName = familyName == null ? givenName : givenName + " " + familyName;
        return new Indexes(blindIndex.ofName(fullName), blindIndex.ofName(familyName),
                blindIndex.ofDocumentNumber(documentNumber), blindIndex.ofPhone(phone),
                blindIndex.ofDuplicatePerson(fullName, birthYear), storedNameKeys(fullName));
    }

    /** The distinct word keys of a name, sorted, space-separated; null if it has none. */
    private String storedNameKeys(String fullName) {
        String keys = blindIndex.ofNameWords(fullName).stream().map(BlindIndex.WordKey::key).sorted().distinct()
                .collect(java.util.stream.Collectors.joining(" "));
        return keys.isEmpty() ? null : keys;
    }

    /** The word keys to search a name by (given name, family name, any word or all of them). */
    public NameKeys nameKeys(String name) {
        List<BlindIndex.WordKey> current = blindIndex.ofNameWords(name);
        BlindIndex previous = blindIndex.previousOrThis();
        return new NameKeys(current, previous == blindIndex ? current : previous.ofNameWords(name));
    }

    public SearchIndex nameIndex(String name) {
        return search(index -> index.ofName(name));
    }

    public SearchIndex documentIndex(String number) {
        return search(index -> index.ofDocumentNumber(number));
    }

    public SearchIndex phoneIndex(String phone) {
        return search(index -> index.ofPhone(phone));
    }

    public SearchIndex duplicateKey(String fullName, Integer birthYear) {
        return search(index -> index.ofDuplicatePerson(fullName, birthYear));
    }

    private SearchIndex search(Function<BlindIndex, String> indexOf) {
        String current = indexOf.apply(blindIndex);
        return current == null ? null : new SearchIndex(current, indexOf.apply(blindIndex.previousOrThis()));
    }
}
