/**
 * Who may do what: Camino's Shiro realm (users, roles, mission assignments in
 * PostgreSQL), the permission check on every boundary method, passwords, and
 * the hash-chained access log.
 */
package org.camino.security;
