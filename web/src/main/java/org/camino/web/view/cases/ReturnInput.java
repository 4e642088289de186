package org.camino.web.view.cases;

import org.camino.returns.boundary.ReturnForm;
import org.camino.returns.boundary.ReturnView;
import org.camino.web.view.CodeLabels;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The return details as being typed in a form; becomes the service's {@link ReturnForm} when saved. */
public class ReturnInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private String hostCountry;
    private String originCountry;
    private String originRegion;
    private String programme;
    private String migrantCategory;
    private List<String> returnReasons = new ArrayList<>();
    private Integer monthsInHost;
    private List<String> vulnerabilities = new ArrayList<>();

    public static ReturnInput of(ReturnView v) {
        ReturnInput in = new ReturnInput();
        in.hostCountry = v.hostCountry();
        in.originCountry = v.originCountry();
        in.originRegion = v.originRegion();
        in.programme = v.programme();
        in.migrantCategory = v.migrantCategory();
        in.returnReasons = new ArrayList<>(v.returnReasons());
        in.monthsInHost = v.monthsInHost();
        in.vulnerabilities = new ArrayList<>(v.vulnerabilities());
        return in;
    }

    public ReturnForm toForm() {
        return new ReturnForm(hostCountry, originCountry, originRegion, programme, migrantCategory,
                List.copyOf(returnReasons), monthsInHost, List.copyOf(vulnerabilities));
    }

    /** Field name (as in the messages, returns.label.X) to the value as shown, for comparing with someone else's save. */
    public Map<String, Object> values(CodeLabels codes) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("hostCountry", codes.label("COUNTRY", hostCountry));
        v.put("originCountry", codes.label("COUNTRY", originCountry));
        v.put("originRegion", originRegion);
        v.put("programme", codes.label("AVRR_PROGRAMME", programme));
        v.put("migrantCategory", codes.label("MIGRANT_CATEGORY", migrantCategory));
        v.put("returnReasons", returnReasons.stream().map(r -> codes.label("RETURN_REASON", r)).toList());
        v.put("monthsInHost", monthsInHost);
        v.put("vulnerabilities", vulnerabilities.stream().map(r -> codes.label("VULNERABILITY", r)).toList());
        return v;
    }

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
    public void setReturnReasons(List<String> returnReasons) {
        this.returnReasons = returnReasons == null ? new ArrayList<>() : new ArrayList<>(returnReasons);
    }
    public Integer getMonthsInHost() { return monthsInHost; }
    public void setMonthsInHost(Integer monthsInHost) { this.monthsInHost = monthsInHost; }
    public List<String> getVulnerabilities() { return vulnerabilities; }
    public void setVulnerabilities(List<String> vulnerabilities) {
        this.vulnerabilities = vulnerabilities == null ? new ArrayList<>() : new ArrayList<>(vulnerabilities);
    }
}
