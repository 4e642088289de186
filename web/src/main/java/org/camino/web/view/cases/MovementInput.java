package org.camino.web.view.cases;

import org.camino.cases.boundary.CaseViews.MovementView;
import org.camino.cases.boundary.MovementForm;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A movement as being typed in a form; becomes the service's {@link MovementForm} when saved. */
public class MovementInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private String originCountry;
    private String originPlace;
    private String transitCountry;
    private String destinationCountry;
    private String destinationPlace;
    private LocalDate plannedDeparture;
    private LocalDate actualDeparture;
    private LocalDate plannedArrival;
    private LocalDate actualArrival;
    private String transportMeans;
    private String escort;
    private String status = "PLANNED";

    public static MovementInput of(MovementView m) {
        MovementInput in = new MovementInput();
        in.originCountry = m.originCountry();
        in.originPlace = m.originPlace();
        in.transitCountry = m.transitCountry();
        in.destinationCountry = m.destinationCountry();
        in.destinationPlace = m.destinationPlace();
        in.plannedDeparture = m.plannedDeparture();
        in.actualDeparture = m.actualDeparture();
        in.plannedArrival = m.plannedArrival();
        in.actualArrival = m.actualArrival();
        in.transportMeans = m.transportMeans();
        in.escort = m.escort();
        in.status = m.status();
        return in;
    }

    public MovementForm toForm() {
        return new MovementForm(originCountry, originPlace, transitCountry, destinationCountry, destinationPlace,
                plannedDeparture, actualDeparture, plannedArrival, actualArrival, transportMeans, escort, status);
    }

    /** Field name (as in the messages, movement.X) to value, for comparing with someone else's save. */
    public Map<String, Object> values() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("originCountry", originCountry);
        v.put("originPlace", originPlace);
        v.put("transitCountry", transitCountry);
        v.put("destinationCountry", destinationCountry);
        v.put("destinationPlace", destinationPlace);
        v.put("plannedDeparture", plannedDeparture);
        v.put("plannedArrival", plannedArrival);
        v.put("actualDeparture", actualDeparture);
        v.put("actualArrival", actualArrival);
        v.put("transportMeans", transportMeans);
        v.put("escort", escort);
        v.put("status", status);
        return v;
    }

    /** Nothing entered: the wizard then registers the case without a first movement. */
    public boolean isBlank() {
        return originCountry == null && destinationCountry == null && plannedDeparture == null && plannedArrival == null
                && (originPlace == null || originPlace.isBlank()) && (destinationPlace == null || destinationPlace.isBlank());
    }

    public String getOriginCountry() { return originCountry; }
    public void setOriginCountry(String originCountry) { this.originCountry = originCountry; }
    public String getOriginPlace() { return originPlace; }
    public void setOriginPlace(String originPlace) { this.originPlace = originPlace; }
    public String getTransitCountry() { return transitCountry; }
    public void setTransitCountry(String transitCountry) { this.transitCountry = transitCountry; }
    public String getDestinationCountry() { return destinationCountry; }
    public void setDestinationCountry(String destinationCountry) { this.destinationCountry = destinationCountry; }
    public String getDestinationPlace() { return destinationPlace; }
    public void setDestinationPlace(String destinationPlace) { this.destinationPlace = destinationPlace; }
    public LocalDate getPlannedDeparture() { return plannedDeparture; }
    public void setPlannedDeparture(LocalDate plannedDeparture) { this.plannedDeparture = plannedDeparture; }
    public LocalDate getActualDeparture() { return actualDeparture; }
    public void setActualDeparture(LocalDate actualDeparture) { this.actualDeparture = actualDeparture; }
    public LocalDate getPlannedArrival() { return plannedArrival; }
    public void setPlannedArrival(LocalDate plannedArrival) { this.plannedArrival = plannedArrival; }
    public LocalDate getActualArrival() { return actualArrival; }
    public void setActualArrival(LocalDate actualArrival) { this.actualArrival = actualArrival; }
    public String getTransportMeans() { return transportMeans; }
    public void setTransportMeans(String transportMeans) { this.transportMeans = transportMeans; }
    public String getEscort() { return escort; }
    public void setEscort(String escort) { this.escort = escort; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
}
