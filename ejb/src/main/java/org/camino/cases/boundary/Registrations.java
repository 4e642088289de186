package org.camino.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camino.cases.control.CaseStatistics;
import org.camino.cases.control.Workflows;
import org.camino.cases.entity.CaseFile;
import org.camino.cases.entity.CaseType;
import org.camino.cases.entity.Household;
import org.camino.cases.entity.Movement;
import org.camino.cases.entity.Person;
import org.camino.cases.entity.StatusChange;
import org.camino.missions.entity.Mission;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * Stores one checked registration: the people (encrypted, blind-indexed), the
 * household, the case file with its number, the first status change, the
 * first movement, and the statistical records they announce. The one path of
 * {@link Cases#register}, the synthetic generator and the bulk import: checks
 * and permissions are the caller's, and so is the transaction.
 */
@ApplicationScoped
public class Registrations {

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    CaseStatistics statistics;

    /**
     * @param openingNote   the first status change's reason (e.g. where an import came from), or null
     * @param beforePersist last changes to the case file before it is stored (the generator's status, assignee)
     */
    public CaseFile store(Mission mission, CaseType type, String number, LocalDate openedOn, NewCase form,
                          String username, String openingNote, Consumer<CaseFile> beforePersist) {
        Person principal = people.create(mission, form.principal());
        Household household = new Household(mission, principal);
        List<MemberForm> members = form.members() == null ? List.of() : form.members();
        for (MemberForm member : members) {
            household.add(people.create(mission, member.person()), member.relationship());
        }
        em.persist(household);
        Workflows.Workflow workflow = Workflows.of(type);
        CaseFile caseFile = new CaseFile(number, mission, type, workflow.initial(), household, principal, openedOn);
        if (form.consentPurpose() != null) {
            caseFile.recordConsent(form.consentPurpose(), form.consentDate() == null ? openedOn : form.consentDate());
        }
        caseFile.touch(username);
        beforePersist.accept(caseFile);
        em.persist(caseFile);
        em.persist(new StatusChange(caseFile, null, workflow.initial(), username, openingNote, null));
        statistics.registered(caseFile);
        if (form.movement() != null) {
            Movement movement = new Movement(caseFile);
            MovementFields.apply(form.movement(), movement);
            em.persist(movement);
            statistics.movement(movement);
        }
        return caseFile;
    }
}
