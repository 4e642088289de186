package org.camino.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.camino.crypto.EncryptedField;
import org.camino.crypto.RowUuid;
import org.hibernate.envers.Audited;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A journey of a case's household (or part of it): origin, transit, destination, dates, means, escort.
 * Countries, dates and codes stay in clear for statistics; the places are free text, stored encrypted.
 */
@Entity
@Table(name = "movement")
@Audited
public class Movement implements CasePart {

    static final EncryptedField ORIGIN_PLACE = new EncryptedField("movement.origin_place");
    static final EncryptedField DESTINATION_PLACE = new EncryptedField("movement.destination_place");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "movement_seq")
    @SequenceGenerator(name = "movement_seq", sequenceName = "movement_seq", allocationSize = 1000)
    private Long id;

    @Column(nullable = false, updatable = false, unique = true)
    private UUID uuid = RowUuid.next();

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", updatable = false)
    private CaseFile caseFile;

    @Column(name = "origin_country", nullable = false, length = 3)
    private String originCountry;
    @Column(name = "origin_place")
    private String originPlace;
    @Column(name = "transit_country", length = 3)
    private String transitCountry;
    @Column(name = "destination_country", nullable = false, length = 3)
    private String destinationCountry;
    @Column(name = "destination_place")
    private String destinationPlace;
    @Column(name = "planned_departure")
    private LocalDate plannedDeparture;
    @Column(name = "actual_departure")
    private LocalDate actualDeparture;
    @Column(name = "planned_arrival")
    private LocalDate plannedArrival;
    @Column(name = "actual_arrival")
    private LocalDate actualArrival;
    @Column(name = "transport_means", length = 16)
    private String transportMeans;
    @Column(length = 16)
    private String escort;
    @Column(nullable = false, length = 16)
    private String status;

    @Version
    private long version;

    protected Movement() {
    }

    public Movement(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    public Long getId() { return id; }
    public UUID getUuid() { return uuid; }
    public CaseFile getCaseFile() { return caseFile; }
    public long getVersion() { return version; }
    public String getOriginCountry() { return originCountry; }
    public void setOriginCountry(String originCountry) { this.originCountry = originCountry; }
    public String getOriginPlace() { return ORIGIN_PLACE.open(originPlace, uuid); }
    public void setOriginPlace(String value) { originPlace = ORIGIN_PLACE.seal(value, originPlace, uuid); }
    public String getTransitCountry() { return transitCountry; }
    public void setTransitCountry(String transitCountry) { this.transitCountry = transitCountry; }
    public String getDestinationCountry() { return destinationCountry; }
    public void setDestinationCountry(String destinationCountry) { this.destinationCountry = destinationCountry; }
    public String getDestinationPlace() { return DESTINATION_PLACE.open(destinationPlace, uuid); }
    public void setDestinationPlace(String value) { destinationPlace = DESTINATION_PLACE.seal(value, destinationPlace, uuid); }
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
