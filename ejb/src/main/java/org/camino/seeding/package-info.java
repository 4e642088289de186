/**
 * Start-up seeding: the first administrator of a new installation and, in
 * demo mode, the demo missions, accounts and cases. It sits above every area
 * it seeds (security, missions, cases, synthetic), so nothing below depends
 * on it.
 */
package org.camino.seeding;
