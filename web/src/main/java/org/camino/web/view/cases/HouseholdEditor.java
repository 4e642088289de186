package org.camino.web.view.cases;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.cases.boundary.CaseViews.MemberView;
import org.camino.cases.boundary.CaseViews.PersonView;
import org.camino.cases.boundary.CaseWork;
import org.camino.cases.boundary.MemberForm;
import org.camino.platform.errors.ConflictException;
import org.camino.platform.errors.InvalidInputException;
import org.camino.web.view.InputProblems;
import org.camino.web.view.Messages;

import java.io.Serializable;

/**
 * The household tab's editor on /cases/view.xhtml: corrects a member's details
 * or adds a member. If someone saved the person since the user opened them,
 * the user's input stays in the form and {@link EditConflict} says who changed
 * what; the user can then save their version over it or drop it.
 */
@Named
@ViewScoped
public class HouseholdEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "household";

    @Inject
    CaseViewPage page;

    @Inject
    CaseWork work;

    private Long personId;
    private long expectedVersion;
    private boolean adding;
    private PersonInput person;
    private String relationship;
    private EditConflict conflict;

    public void edit(MemberView member) {
        personId = member.person().id();
        expectedVersion = member.person().version();
        person = PersonInput.of(member.person());
        adding = false;
        conflict = null;
    }

    public void startNew() {
        personId = null;
        person = new PersonInput();
        relationship = null;
        adding = true;
        conflict = null;
    }

    public void cancel() {
        person = null;
        adding = false;
        conflict = null;
    }

    public void save() {
        try {
            if (adding) {
                MemberForm form = new MemberForm(person.toForm(), relationship);
                if (!InputProblems.validate(FORM, "", form)) {
                    return;
                }
                page.show(work.addHouseholdMember(page.getView().number(), form));
                Messages.info("household.memberAdded");
            } else {
                if (!InputProblems.validate(FORM, "person.", person.toForm())) {
                    return;
                }
                page.show(work.updatePerson(page.getView().number(), personId, expectedVersion, person.toForm()));
                Messages.info("household.saved");
            }
            cancel();
        } catch (InvalidInputException e) {
            InputProblems.show(FORM, e);
        } catch (ConflictException e) {
            page.reload();
            PersonView current = currentPerson();
            conflict = EditConflict.of(e, current == null ? null : PersonInput.of(current).values(), person.values(),
                    page.getView().updatedAt());
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** After a conflict: save the user's input over the other change (the user has seen it). */
    public void overwrite() {
        PersonView current = currentPerson();
        if (current != null) {
            expectedVersion = current.version();
        }
        conflict = null;
        save();
    }

    private PersonView currentPerson() {
        return page.getView().household().stream().map(MemberView::person).filter(p -> p.id() == personId)
                .findFirst().orElse(null);
    }

    public boolean isOpen() { return person != null; }
    public boolean isAdding() { return adding; }
    public PersonInput getPerson() { return person; }
    public String getRelationship() { return relationship; }
    public void setRelationship(String relationship) { this.relationship = relationship; }
    public EditConflict getConflict() { return conflict; }
}
