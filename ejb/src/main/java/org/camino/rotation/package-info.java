/**
 * Key rotation: a resumable Jakarta Batch job ({@code META-INF/batch-jobs/key-rotation.xml})
 * that re-encrypts every encrypted value under the current key and recomputes
 * every blind index, while the application stays in use (docs/key-rotation.md).
 *
 * <ul>
 * <li>{@link org.camino.rotation.control.EncryptedColumns}: which tables and columns
 *     hold ciphertexts, discovered at start-up from the entities'
 *     {@link org.camino.crypto.EncryptedField} constants, Envers' {@code *_aud} copies included.</li>
 * <li>The job: step {@code count} fixes, per table, the rows to do (those that
 *     exist when the run starts; later ones are written under the current key
 *     anyway); step {@code rotate} reads them in primary-key order, one chunk at a
 *     time, and writes each changed row back with a compare-and-set UPDATE (only
 *     if it still holds what was read), so a user's concurrent edit is never
 *     overwritten; step {@code sweep} picks up the few values a user's save put
 *     back under an old key meanwhile.</li>
 * <li>Resuming: each chunk's row updates and its progress row (last primary key
 *     done, counts) commit in one transaction, so a restarted run carries on
 *     exactly after the last committed chunk: no row is skipped or counted twice,
 *     and {@code needsRotation} makes re-reading a row harmless anyway.</li>
 * <li>{@link org.camino.rotation.boundary.KeyRotation}: start, status, restart,
 *     stop, for holders of {@code admin:keys}. No plaintext ever leaves the job.</li>
 * </ul>
 */
package org.camino.rotation;
