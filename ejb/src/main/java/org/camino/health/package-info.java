/**
 * Migration health assessment: one assessment per health case, for a
 * receiving country. Its clinical detail (examining physician, coded
 * findings, TB classification, vaccinations, the precise outcome, the
 * referral note and the clinical notes) is the most sensitive data in
 * Camino: reading it needs {@code clinical:read:<mission>} and changing it
 * {@code clinical:update:<mission>}, on top of the case permission. Readers
 * of the case without it get the assessment with the clinical detail
 * withheld; every read of it goes to the access log. Free text and the
 * physician's name are encrypted; the coded findings stay in clear for
 * statistics but leave the service only for clinical readers.
 */
package org.camino.health;
