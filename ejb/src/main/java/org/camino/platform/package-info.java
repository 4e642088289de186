/**
 * What every node needs whatever its role: settings read from the environment,
 * the schema migration at start-up, demo data, and the health check.
 */
package org.camino.platform;
