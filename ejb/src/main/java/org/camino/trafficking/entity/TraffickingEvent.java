package org.camino.trafficking.entity;

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
import org.camino.cases.entity.CaseFile;
import org.camino.cases.entity.CasePart;
import org.camino.crypto.EncryptedField;
import org.camino.crypto.RowUuid;
import org.hibernate.envers.Audited;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A historic trafficking event (HTCDS hte_): recruitment, transit or
 * exploitation, in which country, from when (hte_Date) to when (Camino's
 * addition: events last), with an encrypted description. Corrections
 * carry the version they were made on.
 */
@Entity
@Table(name = "trafficking_event")
@Audited
public class TraffickingEvent implements CasePart {

    static final EncryptedField DESCRIPTION = new EncryptedField("trafficking_event.description");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trafficking_event_seq")
    @SequenceGenerator(name = "trafficking_event_seq", sequenceName = "trafficking_event_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, updatable = false, unique = true)
    private UUID uuid = RowUuid.next();

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", updatable = false)
    private CaseFile caseFile;

    @Column(name = "event_type", nullable = false, length = 64)
    private String eventType;
    @Column(length = 3)
    private String country;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Column(name = "end_date")
    private LocalDate endDate;
    private String description;

    @Version
    private long version;

    protected TraffickingEvent() {
    }

    public TraffickingEvent(CaseFile caseFile, String eventType, String country, LocalDate startDate, LocalDate endDate,
                            String description) {
        this.caseFile = caseFile;
        change(eventType, country, startDate, endDate, description);
    }

    public void change(String eventType, String country, LocalDate startDate, LocalDate endDate, String description) {
        this.eventType = eventType;
        this.country = country;
        this.startDate = startDate;
        this.endDate = endDate;
        this.description = DESCRIPTION.seal(description, this.description, uuid);
    }

    public Long getId() { return id; }
    public CaseFile getCaseFile() { return caseFile; }
    public long getVersion() { return version; }
    public String getEventType() { return eventType; }
    public String getCountry() { return country; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public String getDescription() { return DESCRIPTION.open(description, uuid); }
}
