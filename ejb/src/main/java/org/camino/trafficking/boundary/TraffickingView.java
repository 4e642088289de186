package org.camino.trafficking.boundary;

import org.camino.cases.boundary.CaseViews.DamagedField;
import org.camino.cases.boundary.Reading;
import org.camino.cases.entity.CaseFile;
import org.camino.trafficking.entity.Referral;
import org.camino.trafficking.entity.SupportPlanItem;
import org.camino.trafficking.entity.TraffickingDetails;
import org.camino.trafficking.entity.TraffickingEvent;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The counter-trafficking part of a case as the boundary hands it out: the
 * victim context ({@code version} null until first saved), events, support
 * plan and referrals. A damaged stored value (the narrative, an event's
 * description, a referral's note) is null and named in {@code damagedFields},
 * so that the rest still shows.
 */
public record TraffickingView(String caseNumber, Long version, String traffickingStatus, String statusDecidedBy,
                              List<String> exploitationTypes, String forcedLabourIndustry,
                              List<String> sexExploitationTypes, List<String> controlMethods,
                              List<String> recruitmentMethods, String relationshipToTrafficker, String narrative,
                              List<EventView> events, List<SupportPlanItemView> supportPlan,
                              List<ReferralView> referrals, List<DamagedField> damagedFields) implements Serializable {
    /** Only codes and ids: the other fields may be personal, and records end up in logs. */
    @Override
    public String toString() {
        return "TraffickingView[caseNumber=" + caseNumber + ", version=" + version + ", traffickingStatus=" + traffickingStatus + "]";
    }


    /** {@code damagedFields}: this event's values left out because they are damaged (the description). */
    public record EventView(long id, long version, String type, String country, LocalDate startDate, LocalDate endDate,
                            String description, List<DamagedField> damagedFields) implements Serializable {
        /** Only codes and ids: the other fields may be personal, and records end up in logs. */
        @Override
        public String toString() {
            return "EventView[id=" + id + ", version=" + version + ", type=" + type + ", country=" + country + "]";
        }

        static EventView of(TraffickingEvent e, Reading read) {
            String description = read.of(e::getDescription, "traffickingEvent", e.getId());
            return new EventView(e.getId(), e.getVersion(), e.getEventType(), e.getCountry(), e.getStartDate(),
                    e.getEndDate(), description, read.damagedOf("traffickingEvent", e.getId()));
        }
    }

    public record SupportPlanItemView(long id, long version, String type, LocalDate plannedEndDate,
                                      LocalDate actualEndDate) implements Serializable {
        static SupportPlanItemView of(SupportPlanItem s) {
            return new SupportPlanItemView(s.getId(), s.getVersion(), s.getPlanType(), s.getPlannedEndDate(),
                    s.getActualEndDate());
        }
    }

    /** {@code damagedFields}: this referral's values left out because they are damaged (the note). */
    public record ReferralView(long id, String direction, String organisationType, String reason,
                               LocalDate referredOn, String note, List<DamagedField> damagedFields) implements Serializable {
        /** Only codes and ids: the other fields may be personal, and records end up in logs. */
        @Override
        public String toString() {
            return "ReferralView[id=" + id + ", direction=" + direction + ", organisationType=" + organisationType + "]";
        }

        static ReferralView of(Referral r, Reading read) {
            String note = read.of(r::getNote, "referral", r.getId());
            return new ReferralView(r.getId(), r.getDirection(), r.getOrganisationType(), r.getReason(),
                    r.getReferredOn(), note, read.damagedOf("referral", r.getId()));
        }
    }

    static TraffickingView of(CaseFile caseFile, TraffickingDetails d, List<EventView> events,
                              List<SupportPlanItemView> supportPlan, List<ReferralView> referrals, Reading read) {
        if (d == null) {
            return new TraffickingView(caseFile.getNumber(), null, null, null, List.of(), null, List.of(), List.of(),
                    List.of(), null, null, events, supportPlan, referrals, read.damaged());
        }
        String narrative = read.of(d::getNarrative, "traffickingDetails", caseFile.getId());
        return new TraffickingView(caseFile.getNumber(), d.getVersion(), d.getTraffickingStatus(),
                d.getStatusDecidedBy(), List.copyOf(d.getExploitationTypes()), d.getForcedLabourIndustry(),
                List.copyOf(d.getSexExploitationTypes()), List.copyOf(d.getControlMethods()),
                List.copyOf(d.getRecruitmentMethods()), d.getRelationshipToTrafficker(), narrative, events,
                supportPlan, referrals, read.damaged());
    }
}
