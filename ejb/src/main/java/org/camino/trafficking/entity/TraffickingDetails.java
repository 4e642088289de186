package org.camino.trafficking.entity;

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

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The HTCDS victim context of a counter-trafficking case (vic_ fields): one
 * per case, sharing the case's id. Multi-select picklists are text arrays.
 */
@Entity
@Table(name = "trafficking_details")
@Audited
public class TraffickingDetails implements CasePart {

    static final EncryptedField NARRATIVE = new EncryptedField("trafficking_details.narrative");

    @Id
    private Long id;

    @MapsId
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private CaseFile caseFile;

    @Column(nullable = false, updatable = false, unique = true)
    private UUID uuid = RowUuid.next();

    /** vic_TraffickingStatus */
    @Column(name = "trafficking_status", length = 64)
    private String traffickingStatus;
    /** vic_TraffickingStatusDecisionMakingOrg */
    @Column(name = "status_decided_by", length = 64)
    private String statusDecidedBy;
    /** vic_TypeOfExploitation */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "exploitation_types", columnDefinition = "text[]")
    private List<String> exploitationTypes = new ArrayList<>();
    /** vic_ForcedLabourIndustry (only with ForcedLabour) */
    @Column(name = "forced_labour_industry", length = 64)
    private String forcedLabourIndustry;
    /** vic_TypeOfSexExploitation (only with SexualExploitation) */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "sex_exploitation_types", columnDefinition = "text[]")
    private List<String> sexExploitationTypes = new ArrayList<>();
    /** vic_MethodsOfControl */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "control_methods", columnDefinition = "text[]")
    private List<String> controlMethods = new ArrayList<>();
    /** vic_MethodOfRecruitment (a multi-select picklist in HTCDS) */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "recruitment_methods", columnDefinition = "text[]")
    private List<String> recruitmentMethods = new ArrayList<>();
    /** vic_RelationshipToTrafficker */
    @Column(name = "relationship_to_trafficker", length = 64)
    private String relationshipToTrafficker;

    private String narrative;

    @Version
    private long version;

    protected TraffickingDetails() {
    }

    public TraffickingDetails(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    public Long getId() { return id; }
    public CaseFile getCaseFile() { return caseFile; }
    public long getVersion() { return version; }
    public String getTraffickingStatus() { return traffickingStatus; }
    public void setTraffickingStatus(String traffickingStatus) { this.traffickingStatus = traffickingStatus; }
    public String getStatusDecidedBy() { return statusDecidedBy; }
    public void setStatusDecidedBy(String statusDecidedBy) { this.statusDecidedBy = statusDecidedBy; }
    public List<String> getExploitationTypes() { return exploitationTypes; }
    public void setExploitationTypes(List<String> types) { this.exploitationTypes = new ArrayList<>(types); }
    public String getForcedLabourIndustry() { return forcedLabourIndustry; }
    public void setForcedLabourIndustry(String forcedLabourIndustry) { this.forcedLabourIndustry = forcedLabourIndustry; }
    public List<String> getSexExploitationTypes() { return sexExploitationTypes; }
    public void setSexExploitationTypes(List<String> types) { this.sexExploitationTypes = new ArrayList<>(types); }
    public List<String> getControlMethods() { return controlMethods; }
    public void setControlMethods(List<String> methods) { this.controlMethods = new ArrayList<>(methods); }
    public List<String> getRecruitmentMethods() { return recruitmentMethods; }
    public void setRecruitmentMethods(List<String> methods) { this.recruitmentMethods = new ArrayList<>(methods); }
    public String getRelationshipToTrafficker() { return relationshipToTrafficker; }
    public void setRelationshipToTrafficker(String relationship) { this.relationshipToTrafficker = relationship; }
    public String getNarrative() { return NARRATIVE.open(narrative, uuid); }
    public void setNarrative(String value) { narrative = NARRATIVE.seal(value, narrative, uuid); }
}
