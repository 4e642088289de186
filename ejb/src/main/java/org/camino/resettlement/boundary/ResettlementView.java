package org.camino.resettlement.boundary;

import org.camino.cases.entity.CaseFile;
import org.camino.resettlement.entity.ResettlementDetails;
import org.camino.resettlement.entity.ResettlementStage;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The resettlement part of a case as the boundary hands it out. {@code version}
 * is null until the details are first saved (then save with version null).
 */
public record ResettlementView(String caseNumber, Long version, String resettlementCountry, String referralSource,
                               List<StageView> stages) implements Serializable {

    public record StageView(long id, long version, String stage, LocalDate reachedOn) implements Serializable {
        static StageView of(ResettlementStage s) {
            return new StageView(s.getId(), s.getVersion(), s.getStage(), s.getReachedOn());
        }
    }

    static ResettlementView of(CaseFile caseFile, ResettlementDetails details, List<ResettlementStage> stages) {
        List<StageView> stageViews = stages.stream().map(StageView::of).toList();
        return details == null
                ? new ResettlementView(caseFile.getNumber(), null, null, null, stageViews)
                : new ResettlementView(caseFile.getNumber(), details.getVersion(), details.getResettlementCountry(),
                details.getReferralSource(), stageViews);
    }
}
