package org.camino.rotation.control;

import org.camino.cases.control.PersonIndexer;
import org.camino.cases.entity.Person;
import org.camino.crypto.BlindIndex;
import org.camino.crypto.FieldCipher;
import org.camino.crypto.FieldContext;
import org.camino.crypto.KeyRing;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the job writes to a row: values moved to the current key, indexes under the current blind-index key, nothing else. */
class RowRotatorTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TableShape PERSON = new TableShape(new EncryptedTable("person", Person.class, "uuid", List.of(
            new EncryptedColumn("person.given_name", "given_name"), new EncryptedColumn("person.family_name", "family_name"),
            new EncryptedColumn("person.phone", "phone")), false), new PrimaryKey(List.of("id"), List.of("bigint")));

    private final byte[] k1 = secret();
    private final byte[] k2 = secret();
    private final byte[] oldBlind = secret();
    private final byte[] newBlind = secret();
    private final KeyRing before = new KeyRing("k1", Map.of("k1", k1), oldBlind);
    private final KeyRing during = new KeyRing("k2", new LinkedHashMap<>(Map.of("k1", k1, "k2", k2)), newBlind, oldBlind);
    private final String uuid = UUID.randomUUID().toString();

    @Test
    void valuesUnderTheOldKeyMoveToTheCurrentOneAndIndexesToTheNewBlindIndexKey() throws Exception {
        RowSnapshot row = personRow(new FieldCipher(before), indexer(before), "Amina", "Yusuf", "+254700000001");
        RowRotator rotator = rotator(during);

        RowChange change = rotator.changeFor(row);

        FieldCipher now = new FieldCipher(during);
        assertEquals(3, change.valuesRotated());
        assertEquals("Amina", now.decrypt(startsWithK2(change, "given_name"), new FieldContext("person.given_name", uuid)));
        assertEquals("Yusuf", now.decrypt(startsWithK2(change, "family_name"), new FieldContext("person.family_name", uuid)));
        PersonIndexer.Indexes expected = indexer(during).indexesOf("Amina", "Yusuf", null, "+254700000001", 1990);
        assertEquals(expected.name(), change.newValues().get("name_index"));
        assertEquals(expected.duplicateKey(), change.newValues().get("duplicate_key"));
        assertEquals(expected.nameKeys(), change.newValues().get("name_keys"));
        assertEquals(5, change.indexesRecomputed(), "name, family name, phone, duplicate key, word keys; no document");
        assertEquals(0, change.valuesUnreadable());
    }

    @Test
    void aRowAlreadyUnderTheCurrentKeysNeedsNothing() throws Exception {
        RowSnapshot row = personRow(new FieldCipher(during), indexer(during), "Amina", null, null);
        assertTrue(rotator(during).changeFor(row).isEmpty());
    }

    @Test
    void aPersonRegisteredBeforeWordKeysGetsThemFromTheJob() throws Exception {
        RowSnapshot current = personRow(new FieldCipher(during), indexer(during), "Amina", "Yusuf", null);
        Map<String, Object> values = new HashMap<>(current.values());
        values.put("name_keys", null); // as V12 leaves every existing person

        RowChange change = rotator(during).changeFor(new RowSnapshot(PERSON, current.key(), uuid, values));

        assertEquals(Map.of("name_keys", indexer(during).indexesOf("Amina", "Yusuf", null, null, 1990).nameKeys()),
                change.newValues());
        assertEquals(1, change.indexesRecomputed());
    }

    @Test
    void anUnreadableValueIsCountedAndLeftAloneAndIndexesAreNotGuessed() throws Exception {
        RowSnapshot good = personRow(new FieldCipher(before), indexer(before), "Amina", "Yusuf", null);
        Map<String, Object> values = new HashMap<>(good.values());
        String family = (String) values.get("family_name");
        values.put("family_name", family.substring(0, family.length() - 2) + (family.endsWith("AA") ? "BB" : "AA"));
        RowChange change = rotator(during).changeFor(new RowSnapshot(PERSON, good.key(), uuid, values));

        assertEquals(1, change.valuesUnreadable());
        assertEquals(1, change.valuesRotated(), "the given name still moves");
        assertTrue(change.newValues().keySet().stream().noneMatch(c -> c.endsWith("_index") || c.equals("duplicate_key")
                || c.equals("family_name")), change.newValues().keySet().toString());
    }

    private RowSnapshot personRow(FieldCipher cipher, PersonIndexer indexer, String given, String family, String phone) {
        Map<String, Object> values = new HashMap<>();
        values.put("given_name", cipher.encrypt(given, new FieldContext("person.given_name", uuid)));
        values.put("family_name", family == null ? null : cipher.encrypt(family, new FieldContext("person.family_name", uuid)));
        values.put("phone", phone == null ? null : cipher.encrypt(phone, new FieldContext("person.phone", uuid)));
        values.put("birth_year", 1990);
        values.putAll(indexer.indexesOf(given, family, null, phone, 1990).byColumn(false));
        return new RowSnapshot(PERSON, new String[] {"1"}, uuid, values);
    }

    private static String startsWithK2(RowChange change, String column) {
        String value = (String) change.newValues().get(column);
        assertTrue(value.startsWith("v1:k2:"), value);
        return value;
    }

    private static RowRotator rotator(KeyRing ring) throws Exception {
        RowRotator rotator = new RowRotator();
        rotator.cipher = new FieldCipher(ring);
        rotator.indexer = indexer(ring);
        return rotator;
    }

    private static PersonIndexer indexer(KeyRing ring) throws Exception {
        PersonIndexer indexer = new PersonIndexer();
        var field = PersonIndexer.class.getDeclaredField("blindIndex");
        field.setAccessible(true);
        field.set(indexer, new BlindIndex(ring));
        return indexer;
    }

    private static byte[] secret() {
        byte[] key = new byte[KeyRing.KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }
}
