package org.camino.cases.boundary;

import org.camino.cases.entity.Movement;

/** Copies a movement form onto a movement (the form has been validated). */
public final class MovementFields {

    private MovementFields() {
    }

    public static void apply(MovementForm form, Movement movement) {
        movement.setOriginCountry(form.originCountry());
        movement.setOriginPlace(blank(form.originPlace()));
        movement.setTransitCountry(blank(form.transitCountry()));
        movement.setDestinationCountry(form.destinationCountry());
        movement.setDestinationPlace(blank(form.destinationPlace()));
        movement.setPlannedDeparture(form.plannedDeparture());
        movement.setActualDeparture(form.actualDeparture());
        movement.setPlannedArrival(form.plannedArrival());
        movement.setActualArrival(form.actualArrival());
        movement.setTransportMeans(blank(form.transportMeans()));
        movement.setEscort(blank(form.escort()));
        movement.setStatus(form.status() == null || form.status().isBlank() ? "PLANNED" : form.status());
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
