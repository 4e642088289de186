/**
 * Counter-trafficking (victim assistance), recorded after the Human
 * Trafficking Case Data Standard v2.0 (shared/htcds): the victim context
 * (vic_: trafficking status and who decided it, types of exploitation with
 * the forced-labour industry and the type of sexual exploitation, methods of
 * control, methods of recruitment, relationship to the trafficker), historic
 * trafficking events (hte_), support plan items (spl_) and incoming and
 * outgoing referrals (cas_). Codes are HTCDS's value names exactly as V3
 * spells them. The case status is the core workflow's (Active, FollowUp,
 * Closed, ClosedReferred), not repeated here. Only counter-trafficking
 * officers reach any of it: for everyone else the case does not exist.
 * Narrative, event descriptions and referral notes are encrypted.
 */
package org.camino.trafficking;
