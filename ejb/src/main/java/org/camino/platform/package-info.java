/**
 * The foundation every area and the web module may use, and which uses
 * nothing of Camino's: the business exceptions that cross into web
 * ({@code errors}), settings read from the environment, the caller's address
 * for the request, SQL value helpers and the schema migration at start-up
 * ({@code control}).
 */
package org.camino.platform;
