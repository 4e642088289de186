package org.camino.web.view.cases;

import org.camino.cases.boundary.CaseViews.PersonView;
import org.camino.cases.boundary.PersonForm;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A person as being typed in a form; becomes the service's {@link PersonForm} when saved. */
public class PersonInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private String givenName;
    private String familyName;
    private LocalDate dateOfBirth;
    private Integer birthYear;
    private boolean birthDateEstimated;
    private String sex;
    private String nationality;
    private String documentType;
    private String documentNumber;
    private String documentCountry;
    private String phone;
    private String email;
    private String address;
    private List<String> vulnerabilities = new ArrayList<>();

    public static PersonInput of(PersonView p) {
        PersonInput in = new PersonInput();
        in.givenName = p.givenName();
        in.familyName = p.familyName();
        in.dateOfBirth = p.dateOfBirth();
        in.birthYear = p.birthYear();
        in.birthDateEstimated = p.birthDateEstimated();
        in.sex = p.sex();
        in.nationality = p.nationality();
        in.documentType = p.documentType();
        in.documentNumber = p.documentNumber();
        in.documentCountry = p.documentCountry();
        in.phone = p.phone();
        in.email = p.email();
        in.address = p.address();
        in.vulnerabilities = new ArrayList<>(p.vulnerabilities());
        return in;
    }

    public PersonForm toForm() {
        return new PersonForm(givenName, familyName, dateOfBirth, birthYear, birthDateEstimated, sex, nationality,
                documentType, documentNumber, documentCountry, phone, email, address, List.copyOf(vulnerabilities));
    }

    /** Field name (as in the messages, person.X) to value, for comparing with someone else's save. */
    public Map<String, Object> values() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("givenName", givenName);
        v.put("familyName", familyName);
        v.put("dateOfBirth", dateOfBirth);
        v.put("birthYear", birthYear);
        v.put("sex", sex);
        v.put("nationality", nationality);
        v.put("documentType", documentType);
        v.put("documentNumber", documentNumber);
        v.put("documentCountry", documentCountry);
        v.put("phone", phone);
        v.put("email", email);
        v.put("address", address);
        v.put("vulnerabilities", List.copyOf(vulnerabilities));
        return v;
    }

    public String getFullName() {
        return familyName == null ? Objects.toString(givenName, "") : givenName + " " + familyName;
    }

    public String getGivenName() { return givenName; }
    public void setGivenName(String givenName) { this.givenName = givenName; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String familyName) { this.familyName = familyName; }
    public LocalDate getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(LocalDate dateOfBirth) { this.dateOfBirth = dateOfBirth; }
    public Integer getBirthYear() { return birthYear; }
    public void setBirthYear(Integer birthYear) { this.birthYear = birthYear; }
    public boolean isBirthDateEstimated() { return birthDateEstimated; }
    public void setBirthDateEstimated(boolean birthDateEstimated) { this.birthDateEstimated = birthDateEstimated; }
    public String getSex() { return sex; }
    public void setSex(String sex) { this.sex = sex; }
    public String getNationality() { return nationality; }
    public void setNationality(String nationality) { this.nationality = nationality; }
    public String getDocumentType() { return documentType; }
    public void setDocumentType(String documentType) { this.documentType = documentType; }
    public String getDocumentNumber() { return documentNumber; }
    public void setDocumentNumber(String documentNumber) { this.documentNumber = documentNumber; }
    public String getDocumentCountry() { return documentCountry; }
    public void setDocumentCountry(String documentCountry) { this.documentCountry = documentCountry; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public List<String> getVulnerabilities() { return vulnerabilities; }
    public void setVulnerabilities(List<String> vulnerabilities) {
        this.vulnerabilities = vulnerabilities == null ? new ArrayList<>() : new ArrayList<>(vulnerabilities);
    }
}
