/**
 * Assisted voluntary return and reintegration (AVRR): where the migrant
 * returns from and to, under which programme and why; the reintegration plan
 * (assistance items under their economic, social or psychosocial dimension,
 * at individual, community or structural level) and the monitoring visits at
 * 3, 6 and 12 months with their sustainability scores. Coded variables stay
 * in clear; the visit notes are free text and encrypted.
 */
package org.camino.returns;
