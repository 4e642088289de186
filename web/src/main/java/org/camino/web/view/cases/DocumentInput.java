package org.camino.web.view.cases;

import org.camino.cases.boundary.CaseViews.DocumentView;
import org.camino.cases.boundary.DocumentForm;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A document record as being typed in the dialog; becomes the service's {@link DocumentForm} when saved. */
public class DocumentInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long personId;
    private String documentType;
    private String documentNumber;
    private String issuingCountry;
    private LocalDate issuedOn;
    private LocalDate expiresOn;
    private String remarks;

    public static DocumentInput of(DocumentView d) {
        DocumentInput in = new DocumentInput();
        in.personId = d.personId();
        in.documentType = d.documentType();
        in.documentNumber = d.documentNumber();
        in.issuingCountry = d.issuingCountry();
        in.issuedOn = d.issuedOn();
        in.expiresOn = d.expiresOn();
        in.remarks = d.remarks();
        return in;
    }

    public DocumentForm toForm() {
        return new DocumentForm(personId, documentType, documentNumber, issuingCountry, issuedOn, expiresOn, remarks);
    }

    /** Field name (as in the messages, documents.field.X) to value, for comparing with someone else's save. */
    public Map<String, Object> values() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("documentType", documentType);
        v.put("documentNumber", documentNumber);
        v.put("issuingCountry", issuingCountry);
        v.put("issuedOn", issuedOn);
        v.put("expiresOn", expiresOn);
        v.put("remarks", remarks);
        return v;
    }

    public Long getPersonId() { return personId; }
    public void setPersonId(Long personId) { this.personId = personId; }
    public String getDocumentType() { return documentType; }
    public void setDocumentType(String documentType) { this.documentType = documentType; }
    public String getDocumentNumber() { return documentNumber; }
    public void setDocumentNumber(String documentNumber) { this.documentNumber = documentNumber; }
    public String getIssuingCountry() { return issuingCountry; }
    public void setIssuingCountry(String issuingCountry) { this.issuingCountry = issuingCountry; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public void setIssuedOn(LocalDate issuedOn) { this.issuedOn = issuedOn; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public void setExpiresOn(LocalDate expiresOn) { this.expiresOn = expiresOn; }
    public String getRemarks() { return remarks; }
    public void setRemarks(String remarks) { this.remarks = remarks; }
}
