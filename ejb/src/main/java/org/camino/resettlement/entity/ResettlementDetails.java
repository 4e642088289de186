package org.camino.resettlement.entity;

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
import org.hibernate.envers.Audited;

/** The resettlement part of a resettlement case: one per case, sharing the case's id. */
@Entity
@Table(name = "resettlement_details")
@Audited
public class ResettlementDetails implements CasePart {

    @Id
    private Long id;

    @MapsId
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private CaseFile caseFile;

    @Column(name = "resettlement_country", length = 3)
    private String resettlementCountry;

    @Column(name = "referral_source", length = 64)
    private String referralSource;

    @Version
    private long version;

    protected ResettlementDetails() {
    }

    public ResettlementDetails(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    public Long getId() { return id; }
    public CaseFile getCaseFile() { return caseFile; }
    public long getVersion() { return version; }
    public String getResettlementCountry() { return resettlementCountry; }
    public void setResettlementCountry(String resettlementCountry) { this.resettlementCountry = resettlementCountry; }
    public String getReferralSource() { return referralSource; }
    public void setReferralSource(String referralSource) { this.referralSource = referralSource; }
}
