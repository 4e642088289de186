/**
 * The statistical record of the central data repository and its generalised
 * variables (age band, household size band), shared by the case areas, which
 * build and announce records (CDI events, in the transaction of the change),
 * and the repository, which stores, sends and ingests them. It lives in the
 * foundation because the case areas may not know the repository, and the
 * repository may not know the case areas' entities.
 */
package org.camino.platform.statistics;
