package org.camino.web.view.cases;

import org.camino.cases.boundary.MemberForm;

import java.io.Serializable;

/** A household member as being typed in: the person and their relationship to the principal applicant. */
public class MemberInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private PersonInput person = new PersonInput();
    private String relationship;

    public MemberForm toForm() {
        return new MemberForm(person.toForm(), relationship);
    }

    public PersonInput getPerson() { return person; }
    public void setPerson(PersonInput person) { this.person = person; }
    public String getRelationship() { return relationship; }
    public void setRelationship(String relationship) { this.relationship = relationship; }
}
