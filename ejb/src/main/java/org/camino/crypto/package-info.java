/**
 * Field-level encryption, blind indexes and the keys behind them (DESIGN.md,
 * "Data protection model"): a database dump without the keys must not reveal
 * who anyone is, and an altered or moved value must never be shown as if it
 * were real.
 *
 * <h2>Using it</h2>
 * <ul>
 * <li>Entities: one {@link org.camino.crypto.EncryptedField} constant per
 *     encrypted column; the getter calls {@code open(ciphertext, uuid)}, the
 *     setter {@code seal(value, ciphertext, uuid)}. The entity needs a
 *     {@code uuid} column, assigned at construction, {@code updatable = false},
 *     {@code unique}. The column holds ciphertext only ({@code text}).</li>
 * <li>Services: inject {@link org.camino.crypto.FieldCipher} (encrypt, decrypt,
 *     {@code needsRotation}, {@code reencrypt}) and
 *     {@link org.camino.crypto.BlindIndex} ({@code ofName}, {@code ofDocumentNumber},
 *     {@code ofPhone}, {@code ofDuplicatePerson}, {@code ofNameWords}); search with
 *     {@code where name_index = :index}, or through {@code person_name_key}
 *     for words ({@code cases.control.NameMatching}).</li>
 * <li>{@link org.camino.crypto.CryptoProducer} loads the keys at start-up;
 *     it is the only class here that needs the container.</li>
 * </ul>
 *
 * <h2>Ciphertext format, version 1</h2>
 * <pre>v1:&lt;keyId&gt;:&lt;payload&gt;:&lt;tag&gt;</pre>
 * <ul>
 * <li>{@code keyId}: 1 to 16 of {@code [A-Za-z0-9_-]}, the ring key it was encrypted under.</li>
 * <li>{@code payload}: unpadded base64url of Jasypt's output with
 *     {@code PBEWITHHMACSHA512ANDAES_256}: 16-byte random IV ({@code RandomIvGenerator})
 *     then AES-256-CBC/PKCS5 ciphertext of the UTF-8 value. Jasypt's password is
 *     the base64 of {@code HKDF(secret, "camino field encryption v1")}, its salt
 *     {@code HKDF(secret, "camino field salt v1")[0..16)} (fixed per key, so not
 *     stored), 1 key-obtention iteration.</li>
 * <li>{@code tag}: unpadded base64url of the first 16 bytes of
 *     HMAC-SHA256 under {@code HKDF(secret, "camino field mac v1")} over
 *     {@code "v1"}, key id, field name, row identity and payload, each preceded
 *     by its length as 4 big-endian bytes (so parts cannot slide into each other).</li>
 * <li>HKDF is HKDF-Expand with SHA-256 (RFC 5869) on the configured 32-byte
 *     secret; encryption, MAC and blind-index keys are therefore independent.</li>
 * </ul>
 * Decryption parses, finds the key (else {@link org.camino.crypto.UnknownKeyException}),
 * recomputes the tag and compares it in constant time (else
 * {@link org.camino.crypto.TamperedCiphertextException}), and only then lets
 * Jasypt decrypt: encrypt-then-MAC, since Jasypt's CBC output alone is
 * malleable (a flipped IV bit flips the same plaintext bit). A 30-character
 * name takes about 93 characters. Null stays null; "" is encrypted like any value.
 *
 * <h2>Why the row is bound through the entity, not an AttributeConverter</h2>
 * A JPA {@code AttributeConverter} sees only the value, never the row, so it
 * can bind a ciphertext to its column but not to its row: a value copied from
 * one person to another would decrypt there. JPA has no conversion hook that
 * knows the row (Hibernate's UserTypes would tie entities to its internals
 * and still repeat the row id per column), and lifecycle callbacks on
 * {@code @Transient} plaintext fields lose updates (Hibernate sees no dirty
 * column, so {@code @PreUpdate} never runs). So the persistent attribute is
 * the ciphertext itself, an ordinary String column that Hibernate, Envers and
 * batch inserts handle as usual, and the entity's getter and setter pass
 * their own uuid. The field name is a stable label: keep it when a column is
 * renamed. Audit rows (Envers) carry the same uuid, so they decrypt too.
 *
 * <h2>Why one key-obtention iteration is not a weakening</h2>
 * PBKDF2 iterations and per-message salts exist to slow down guessing of
 * passwords people chose. Camino's keys are 256 random bits (checked at
 * start-up: not text, not a placeholder), which cannot be guessed at any
 * speed; 1000 iterations would only cost every field about 1 ms. Fresh random
 * IVs still make two encryptions of the same value differ. Jasypt's
 * encryptors are pooled per key (one per core, at most 16) so that threads do
 * not queue for one cipher.
 *
 * <h2>Why Jasypt gets its cipher from {@link org.camino.crypto.Pbes2Provider}</h2>
 * The JDK's {@code PBEWITHHMACSHA512ANDAES_256} cipher runs PBKDF2 again on
 * every {@code init}, that is for every value, although the password and the
 * (per-key) salt never change, so the derived AES key never does either. That
 * was about two thirds of the cost of a field. {@code Pbes2Provider} implements
 * the same algorithm with the JDK's own PBKDF2 and AES-CBC but keeps the key it
 * derived last per cipher; every value still gets a fresh random IV, and its
 * ciphertexts decrypt with the JDK's cipher and vice versa (tested). It is given
 * to Jasypt only ({@code setProvider}), never installed JVM-wide; a JDK that
 * accepts only signed providers makes {@link org.camino.crypto.FieldKey} fall
 * back to the JDK's cipher (same bytes, slower), with a warning in the log.
 * Cost: about 2 µs to encrypt and decrypt a name (docs/benchmarks.md).
 *
 * <h2>Row identity</h2>
 * Rows with encrypted fields get a time-ordered UUID ({@link org.camino.crypto.RowUuid},
 * version 7) at construction: unique, as the tag's binding needs, and cheap to
 * index with millions of rows, since new ones go to the end of the index.
 *
 * <h2>Keys</h2>
 * <ul>
 * <li>{@code CAMINO_KEYS=k1:<base64>,k2:<base64>}: each 32 random bytes
 *     ({@code openssl rand -base64 32}); {@code CAMINO_CURRENT_KEY=k2} (optional
 *     with a single key); {@code CAMINO_BLIND_INDEX_KEY=<base64>}, a separate
 *     32 random bytes. Or {@code CAMINO_KEYS_FILE=/path}, a properties file
 *     with those three entries (mode 600). Never in the repository or database.</li>
 * <li>Demo mode ({@code CAMINO_DEMO=true}) with none of these: keys are
 *     generated once into {@code $CAMINO_HOME/keys.properties} (mode 600) and
 *     reused. Outside demo mode, missing or incomplete keys stop the deployment
 *     with {@link org.camino.crypto.KeyConfigurationException}.</li>
 * <li>Rotation (docs/key-rotation.md): add the new key to {@code CAMINO_KEYS}, make it current,
 *     restart; old values still decrypt. Run the key-rotation job
 *     ({@code org.camino.rotation}), which re-encrypts every encrypted column
 *     ({@code needsRotation}, {@code reencrypt}) and recomputes every blind index;
 *     remove the old key only when nothing needs rotation. To replace the
 *     blind-index key, set the new one as {@code CAMINO_BLIND_INDEX_KEY} and the
 *     old one as {@code CAMINO_PREVIOUS_BLIND_INDEX_KEY} (searches try both),
 *     run the job, then remove the previous one.</li>
 * </ul>
 *
 * <h2>Blind indexes</h2>
 * HMAC-SHA256 under a per-purpose key derived from
 * {@code CAMINO_BLIND_INDEX_KEY}, of a value normalised by
 * {@link org.camino.crypto.Normaliser} (NFKD, accents stripped, case folded,
 * punctuation and spacing evened out; names, document numbers and phone
 * numbers each their own way), truncated to 16 bytes, 32 hex characters.
 * See {@link org.camino.crypto.BlindIndex} for the collision and privacy trade-off.
 *
 * <h2>Word keys: search by any word, spelling or script (issue 12)</h2>
 * Besides the full-name, family-name, document, phone and duplicate indexes, a
 * person carries word keys ({@link org.camino.crypto.BlindIndex#ofNameWords}):
 * for each word of the name, the HMAC of the word, of its transliteration to
 * Latin (ICU4J, under the same purpose as the word), of its Double Metaphone
 * codes and of its consonant skeleton ({@link org.camino.crypto.NameVariants}),
 * and of the skeleton of each two adjacent words written as one. Each is the
 * first 8 bytes of HMAC-SHA256 under a per-purpose key derived from
 * {@code CAMINO_BLIND_INDEX_KEY}; {@code person.name_keys} holds them
 * space-separated and a trigger copies them to {@code person_name_key}
 * (key, mission, person) for the search. No clear name, transliteration or
 * phonetic code is stored.
 * <p>
 * What they reveal to someone holding the database but not the key:
 * <ul>
 * <li>Equalities between words, not only between whole names: which persons
 *     share a given name or a family name ("these 40 people share a word"),
 *     which share a word's sound or consonants (a coarser equality: Mohamed,
 *     Muhammad and Mehmet look alike), and that a person in Cyrillic and one
 *     in Latin letters share a transliteration.</li>
 * <li>Frequencies: how common each key is. The most frequent word keys of a
 *     mission are, with high probability, its most common given names
 *     (Mohamed, Ali, Fatima...), so a frequency attack can label the most
 *     common keys with a guessed name, and with it every person who carries
 *     them. The number of keys per person tells roughly how many words the
 *     name has.</li>
 * <li>Family links by name: persons who share a rare family-name key are
 *     probably related; the household tables already say so for members.</li>
 * </ul>
 * Why it is acceptable: it is the same kind of leak as the full-name index
 * that was already there (equal values look equal), spread over words. A
 * guessed common given name labels many people with a name that does not
 * identify any of them; a rare family name cannot be guessed from its key
 * without the key, and its frequency (one or two persons) says nothing about
 * which name it is. The alternative, search without indexes, decrypts every
 * name of a mission for each search, which does not scale to a million cases
 * and puts every name in the server's memory; the risk it avoids (missing a
 * duplicate or a trafficking victim already on file) is a concrete harm to
 * the people assisted. The keys live only in the server's environment; a
 * database dump, a backup or the WAL without them gives equalities and
 * frequencies, never a name. Keys are truncated to 8 bytes: accidental
 * collisions stay negligible (about one chance in 30 million among a million
 * distinct words) and a collision only adds a wrong candidate to a ranked
 * list. The history table ({@code person_aud}) does not carry word keys.
 * Replacing the blind-index key recomputes them like every other index.
 *
 * <h2>What this does not protect against</h2>
 * <ul>
 * <li>Rollback: an older ciphertext of the same field of the same row, put
 *     back by someone with write access to the database, still verifies.</li>
 * <li>Length: the ciphertext shows the value's length to within 16 bytes.</li>
 * <li>Equality: blind indexes show which rows share a value, and word keys
 *     which persons share a name word or its sound (above).</li>
 * <li>Anyone holding the keys, or the running server's memory.</li>
 * </ul>
 */
package org.camino.crypto;
