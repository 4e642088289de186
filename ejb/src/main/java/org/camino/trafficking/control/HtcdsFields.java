package org.camino.trafficking.control;

import java.util.List;
import java.util.Map;

/**
 * The columns of Camino's HTCDS v2.0 case export and the codes Camino
 * translates into the standard's. The columns are the fields of the
 * standard's field list (shared/htcds, "HTCDS Field Standards 2.0.ods") that
 * describe one victim's case, one value each: Person (prs_), Victim Context
 * (vic_), Case and Referral Details (cas_) and Consent (con_), in the list's
 * order, without the DEPRECATED ones. Left out, because a case has many of
 * them or they are not the case: Organisation (org_), Perpetrator Context
 * (per_), Case Comment (cco_), Historic Trafficking Events (hte_) and Support
 * Plan (spl_). HtcdsFieldsTest checks this list against the standard's file.
 */
public final class HtcdsFields {

    public static final List<String> NAMES = List.of(
            "prs_Salutation", "prs_FirstName", "prs_MiddleName", "prs_SecondName", "prs_Birthdate", "prs_Gender",
            "prs_Deceased", "prs_MaritalStatus", "prs_NumberOfChildren", "prs_PrimaryLanguage",
            "prs_SecondaryLanguage", "prs_HighestLevelOfEducation", "prs_Citizenship", "prs_IdentityNumber",
            "prs_Title", "prs_Email", "prs_HomePhone", "prs_MobilePhone", "prs_MailingCity", "prs_MailingCountry",
            "prs_MailingState", "prs_MailingStreet", "prs_MailingPostalCode", "prs_MailingLongitude",
            "prs_MailingLatitude",
            "vic_TraffickingStatus", "vic_TraffickingStatusDecisionMakingOrg", "vic_RelationshipToTrafficker",
            "vic_AgeWhenTrafficked", "vic_RecruitmentWebsitesAndApps", "vic_MethodOfRecruitment",
            "vic_LocationOfRecruitment", "vic_MethodsOfControl", "vic_TypeOfExploitation", "vic_ForcedLabourIndustry",
            "vic_TypeOfSexExploitation", "vic_LocationOfExploitation", "vic_ExploitationWebsitesAndApps",
            "cas_Status", "cas_ReasonForCaseClosure", "cas_CaseOwner", "cas_ReferringOrganisation",
            "cas_IncomingReferralDate", "cas_ReferringPrimaryCaseWorker", "cas_ReasonForIncomingReferral",
            "cas_IncomingReferralDetails", "cas_ReferredOrganisation", "cas_ReferredPrimaryCaseWorker",
            "cas_ReasonForOutgoingReferral", "cas_OutgoingReferralDate", "cas_OutgoingReferralDetails",
            "con_Consent");

    /** How a multi-select picklist's values are joined in one cell (Salesforce's own separator). */
    public static final String MULTI_SELECT_SEPARATOR = ";";

    /**
     * Camino records sex (SEX), HTCDS gender (prs_Gender): Female and Male as
     * the feminine and masculine genders, Other (neither) as non-conforming,
     * Unknown as not specified.
     */
    private static final Map<String, String> GENDER_OF_SEX = Map.of(
            "FEMALE", "Feminine", "MALE", "Masculine", "OTHER", "NonConforming", "UNKNOWN", "NonSpecifiedUnknown");

    /** The counter-trafficking workflow's statuses (Workflows) as HTCDS spells them (cas_Status, CT_CASE_STATUS). */
    private static final Map<String, String> CASE_STATUS = Map.of(
            "ACTIVE", "Active", "FOLLOW_UP", "FollowUp", "CLOSED", "Closed", "CLOSED_REFERRED", "ClosedReferred");

    private HtcdsFields() {
    }

    /** prs_Gender of a SEX code; null for none. */
    public static String gender(String sex) {
        return sex == null ? null : GENDER_OF_SEX.get(sex);
    }

    /** cas_Status of a counter-trafficking case status; null for a status HTCDS does not have. */
    public static String caseStatus(String status) {
        return status == null ? null : CASE_STATUS.get(status);
    }

    /** The Camino codes every gender and case status comes from, for the test against the standard's picklists. */
    public static Map<String, String> genders() {
        return GENDER_OF_SEX;
    }

    public static Map<String, String> caseStatuses() {
        return CASE_STATUS;
    }
}
