package org.camino.health.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.camino.cases.entity.CaseFile;
import org.camino.cases.entity.CasePart;
import org.camino.crypto.EncryptedField;
import org.camino.crypto.RowUuid;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The migration health assessment of a health case: one per case, sharing the case's id. */
@Entity
@Table(name = "health_assessment")
@Audited
public class HealthAssessment implements CasePart {

    static final EncryptedField PHYSICIAN = new EncryptedField("health_assessment.physician");
    static final EncryptedField REFERRAL_NOTE = new EncryptedField("health_assessment.referral_note");
    static final EncryptedField CLINICAL_NOTES = new EncryptedField("health_assessment.clinical_notes");

    @Id
    private Long id;

    @MapsId
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private CaseFile caseFile;

    @Column(nullable = false, updatable = false, unique = true)
    private UUID uuid = RowUuid.next();

    @Column(name = "receiving_country", length = 3)
    private String receivingCountry;
    @Column(name = "assessed_on")
    private LocalDate assessedOn;
    /** HEALTH_OUTCOME at its top level: fit, fit with conditions, unfit, deferred */
    @Column(length = 64)
    private String outcome;
    @Column(name = "referred_for_treatment", nullable = false)
    private boolean referredForTreatment;

    // clinical detail
    private String physician;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> findings = new ArrayList<>();
    @Column(name = "tb_class", length = 64)
    private String tbClass;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> vaccinations = new ArrayList<>();
    /** HEALTH_OUTCOME under {@link #outcome}: which conditions (medical escort, treatment first) */
    @Column(name = "outcome_detail", length = 64)
    private String outcomeDetail;
    @Column(name = "referral_note")
    private String referralNote;
    @Column(name = "clinical_notes")
    private String clinicalNotes;

    @Version
    private long version;

    protected HealthAssessment() {
    }

    public HealthAssessment(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    public Long getId() { return id; }
    public CaseFile getCaseFile() { return caseFile; }
    public long getVersion() { return version; }
    public String getReceivingCountry() { return receivingCountry; }
    public void setReceivingCountry(String receivingCountry) { this.receivingCountry = receivingCountry; }
    public LocalDate getAssessedOn() { return assessedOn; }
    public void setAssessedOn(LocalDate assessedOn) { this.assessedOn = assessedOn; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public boolean isReferredForTreatment() { return referredForTreatment; }
    public void setReferredForTreatment(boolean referredForTreatment) { this.referredForTreatment = referredForTreatment; }

    public String getPhysician() { return PHYSICIAN.open(physician, uuid); }
    public void setPhysician(String value) { physician = PHYSICIAN.seal(value, physician, uuid); }
    public List<String> getFindings() { return findings; }
    public void setFindings(List<String> findings) { this.findings = new ArrayList<>(findings); }
    public String getTbClass() { return tbClass; }
    public void setTbClass(String tbClass) { this.tbClass = tbClass; }
    public List<String> getVaccinations() { return vaccinations; }
    public void setVaccinations(List<String> vaccinations) { this.vaccinations = new ArrayList<>(vaccinations); }
    public String getOutcomeDetail() { return outcomeDetail; }
    public void setOutcomeDetail(String outcomeDetail) { this.outcomeDetail = outcomeDetail; }
    public String getReferralNote() { return REFERRAL_NOTE.open(referralNote, uuid); }
    public void setReferralNote(String value) { referralNote = REFERRAL_NOTE.seal(value, referralNote, uuid); }
    public String getClinicalNotes() { return CLINICAL_NOTES.open(clinicalNotes, uuid); }
    public void setClinicalNotes(String value) { clinicalNotes = CLINICAL_NOTES.seal(value, clinicalNotes, uuid); }
}
