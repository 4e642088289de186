package org.camino.cases.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.camino.missions.entity.Mission;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A principal applicant and the members who travel or are assisted with them. */
@Entity
@Table(name = "household")
@Audited
public class Household {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "household_seq")
    @SequenceGenerator(name = "household_seq", sequenceName = "household_seq", allocationSize = 1000)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "mission_id", updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Mission mission;

    @OneToMany(mappedBy = "household", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<HouseholdMember> members = new ArrayList<>();

    @Version
    private long version;

    protected Household() {
    }

    public Household(Mission mission, Person principal) {
        this.mission = mission;
        members.add(new HouseholdMember(this, principal, HouseholdMember.PRINCIPAL, true));
    }

    public HouseholdMember add(Person person, String relationship) {
        HouseholdMember member = new HouseholdMember(this, person, relationship, false);
        members.add(member);
        return member;
    }

    public Optional<Person> principal() {
        return members.stream().filter(HouseholdMember::isPrincipal).map(HouseholdMember::getPerson).findFirst();
    }

    public Long getId() { return id; }
    public Mission getMission() { return mission; }
    public List<HouseholdMember> getMembers() { return members; }
    public long getVersion() { return version; }

}
