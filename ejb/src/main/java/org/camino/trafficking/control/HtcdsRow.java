package org.camino.trafficking.control;

import org.camino.cases.entity.CaseFile;
import org.camino.cases.entity.Person;
import org.camino.platform.errors.UnreadableDataException;
import org.camino.trafficking.entity.Referral;
import org.camino.trafficking.entity.TraffickingDetails;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One counter-trafficking case as a row of {@link HtcdsFields#NAMES}: the
 * principal is the person (the victim), values are HTCDS codes, empty where
 * Camino holds nothing for the field. The person's encrypted fields are
 * decrypted here, by the entities, as everywhere in the case areas; a value
 * that fails its integrity check is left empty (its incident is recorded
 * when it is read).
 * <p>
 * Where Camino's data is shaped otherwise: sex becomes prs_Gender
 * ({@link HtcdsFields#gender}); the identity document's number is
 * prs_IdentityNumber; the one phone number is prs_MobilePhone; the address,
 * one free text, is prs_MailingStreet; the reason for closure is the closure
 * reason's code and the note given when closing; the case owner is the
 * assignee's user name; of several referrals in one direction, the latest
 * (HTCDS has one of each per case); the organisation's type is not its name,
 * so the referring and referred organisations stay empty; consent is true
 * when given and not withdrawn.
 */
public final class HtcdsRow {

    private static final String INCOMING = "INCOMING";
    private static final String OUTGOING = "OUTGOING";

    private HtcdsRow() {
    }

    /**
     * @param details  the victim context, null until first saved
     * @param referrals the case's referrals, any order
     * @param owner    the assignee's user name, null if unassigned
     * @return the values in the order of {@link HtcdsFields#NAMES}, null for an empty cell
     */
    public static List<String> values(CaseFile caseFile, TraffickingDetails details, List<Referral> referrals,
                                      String owner) {
        Map<String, String> v = new HashMap<>();
        Person person = caseFile.getPrincipal();
        v.put("prs_FirstName", readable(person::getGivenName));
        v.put("prs_SecondName", readable(person::getFamilyName));
        v.put("prs_Birthdate", text(readable(person::getDateOfBirth)));
        v.put("prs_Gender", HtcdsFields.gender(person.getSex()));
        v.put("prs_Citizenship", person.getNationality());
        v.put("prs_IdentityNumber", readable(person::getDocumentNumber));
        v.put("prs_Email", readable(person::getEmail));
        v.put("prs_MobilePhone", readable(person::getPhone));
        v.put("prs_MailingStreet", readable(person::getAddress));
        if (details != null) {
            v.put("vic_TraffickingStatus", details.getTraffickingStatus());
            v.put("vic_TraffickingStatusDecisionMakingOrg", details.getStatusDecidedBy());
            v.put("vic_RelationshipToTrafficker", details.getRelationshipToTrafficker());
            v.put("vic_MethodOfRecruitment", multi(details.getRecruitmentMethods()));
            v.put("vic_MethodsOfControl", multi(details.getControlMethods()));
            v.put("vic_TypeOfExploitation", multi(details.getExploitationTypes()));
            v.put("vic_ForcedLabourIndustry", details.getForcedLabourIndustry());
            v.put("vic_TypeOfSexExploitation", multi(details.getSexExploitationTypes()));
        }
        v.put("cas_Status", HtcdsFields.caseStatus(caseFile.getStatus()));
        v.put("cas_ReasonForCaseClosure", closureReason(caseFile));
        v.put("cas_CaseOwner", owner);
        latest(referrals, INCOMING).ifPresent(r -> {
            v.put("cas_IncomingReferralDate", text(r.getReferredOn()));
            v.put("cas_ReasonForIncomingReferral", r.getReason());
            v.put("cas_IncomingReferralDetails", readable(r::getNote));
        });
        latest(referrals, OUTGOING).ifPresent(r -> {
            v.put("cas_OutgoingReferralDate", text(r.getReferredOn()));
            v.put("cas_ReasonForOutgoingReferral", r.getReason());
            v.put("cas_OutgoingReferralDetails", readable(r::getNote));
        });
        v.put("con_Consent", Boolean.toString(caseFile.getConsentDate() != null && caseFile.getConsentWithdrawnOn() == null));
        return HtcdsFields.NAMES.stream().map(v::get).toList();
    }

    private static String closureReason(CaseFile caseFile) {
        if (caseFile.getClosureReason() == null) {
            return null;
        }
        String note = readable(caseFile::getClosureNote);
        return note == null || note.isBlank() ? caseFile.getClosureReason() : caseFile.getClosureReason() + ": " + note;
    }

    private static Optional<Referral> latest(List<Referral> referrals, String direction) {
        return referrals.stream().filter(r -> direction.equals(r.getDirection()))
                .max(Comparator.comparing(Referral::getReferredOn).thenComparing(Referral::getId));
    }

    private static String multi(List<String> codes) {
        return codes == null || codes.isEmpty() ? null : String.join(HtcdsFields.MULTI_SELECT_SEPARATOR, codes);
    }

    private static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private static <T> T readable(Supplier<T> value) {
        try {
            return value.get();
        } catch (UnreadableDataException e) {
            return null;
        }
    }
}
