/**
 * The common case core: people, households, cases with their numbers and
 * workflow, movements, notes and document records. The type-specific parts
 * (resettlement, returns, health, trafficking) hang off a case by its id and
 * live in their own packages. Direct identifiers and free text are encrypted
 * per field ({@link org.camino.crypto.EncryptedField}); coded statistical
 * variables stay in clear for reporting.
 */
package org.camino.cases;
