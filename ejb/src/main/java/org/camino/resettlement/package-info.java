/**
 * Resettlement: the resettlement country, how the case was referred, and the
 * processing stages it has reached with their dates (referral received,
 * interview, health assessment, security and visa decision, cultural
 * orientation, travel documents, departure, arrival). The household's
 * journeys are the core's movements, together or split. Nothing here is
 * free text: every variable is coded and stays in clear.
 */
package org.camino.resettlement;
