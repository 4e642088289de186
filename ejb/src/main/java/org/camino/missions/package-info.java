/** Missions: the country offices that own cases and to which users are assigned. */
package org.camino.missions;
