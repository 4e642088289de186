package org.camino.returns.entity;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import java.util.ArrayList;
import java.util.List;

/**
 * The return part of an AVRR case: one per case, sharing the case's id. The
 * region of origin is a short clear text (a province, not an address): it
 * is a statistical variable, not a direct identifier.
 */
@Entity
@Table(name = "return_details")
@Audited
public class ReturnDetails implements CasePart {

    @Id
    private Long id;

    @MapsId
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private CaseFile caseFile;

    @Column(name = "host_country", length = 3)
    private String hostCountry;
    @Column(name = "origin_country", length = 3)
    private String originCountry;
    @Column(name = "origin_region", length = 100)
    private String originRegion;
    @Column(length = 64)
    private String programme;
    @Column(name = "migrant_category", length = 64)
    private String migrantCategory;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "return_reasons", columnDefinition = "text[]")
    private List<String> returnReasons = new ArrayList<>();

    @Column(name = "months_in_host")
    private Integer monthsInHost;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> vulnerabilities = new ArrayList<>();

    @Version
    private long version;

    protected ReturnDetails() {
    }

    public ReturnDetails(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    public Long getId() { return id; }
    public CaseFile getCaseFile() { return caseFile; }
    public long getVersion() { return version; }
    public String getHostCountry() { return hostCountry; }
    public void setHostCountry(String hostCountry) { this.hostCountry = hostCountry; }
    public String getOriginCountry() { return originCountry; }
    public void setOriginCountry(String originCountry) { this.originCountry = originCountry; }
    public String getOriginRegion() { return originRegion; }
    public void setOriginRegion(String originRegion) { this.originRegion = originRegion; }
    public String getProgramme() { return programme; }
    public void setProgramme(String programme) { this.programme = programme; }
    public String getMigrantCategory() { return migrantCategory; }
    public void setMigrantCategory(String migrantCategory) { this.migrantCategory = migrantCategory; }
    public List<String> getReturnReasons() { return returnReasons; }
    public void setReturnReasons(List<String> returnReasons) { this.returnReasons = new ArrayList<>(returnReasons); }
    public Integer getMonthsInHost() { return monthsInHost; }
    public void setMonthsInHost(Integer monthsInHost) { this.monthsInHost = monthsInHost; }
    public List<String> getVulnerabilities() { return vulnerabilities; }
    public void setVulnerabilities(List<String> vulnerabilities) { this.vulnerabilities = new ArrayList<>(vulnerabilities); }
}
