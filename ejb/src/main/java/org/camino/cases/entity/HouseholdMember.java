package org.camino.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A person in a household, with their relationship to the principal applicant (HOUSEHOLD_RELATIONSHIP list). */
@Entity
@Table(name = "household_member")
@Audited
public class HouseholdMember {

    /** The relationship of the principal applicant to themself. */
    public static final String PRINCIPAL = "PRINCIPAL";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "household_member_seq")
    @SequenceGenerator(name = "household_member_seq", sequenceName = "household_member_seq", allocationSize = 1000)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "household_id")
    private Household household;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(nullable = false, length = 32)
    private String relationship;

    private boolean principal;

    protected HouseholdMember() {
    }

    HouseholdMember(Household household, Person person, String relationship, boolean principal) {
        this.household = household;
        this.person = person;
        this.relationship = relationship;
        this.principal = principal;
    }

    public Long getId() { return id; }
    public Household getHousehold() { return household; }
    public Person getPerson() { return person; }
    public String getRelationship() { return relationship; }
    public void setRelationship(String relationship) { this.relationship = relationship; }
    public boolean isPrincipal() { return principal; }
}
