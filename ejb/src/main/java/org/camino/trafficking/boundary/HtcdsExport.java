package org.camino.trafficking.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.camino.cases.boundary.CaseListExport;
import org.camino.cases.boundary.CaseListFile;
import org.camino.cases.entity.CaseFile;
import org.camino.cases.entity.CaseType;
import org.camino.platform.control.SpreadsheetText;
import org.camino.platform.errors.InvalidInputException;
import org.camino.platform.errors.TooManyRowsException;
import org.camino.security.control.AccessControl;
import org.camino.security.control.AccessLog;
import org.camino.security.control.CaminoPrincipal;
import org.camino.security.control.Guarded;
import org.camino.security.control.PermissionHolders;
import org.camino.security.control.ScopedAccess;
import org.camino.trafficking.control.HtcdsFields;
import org.camino.trafficking.control.HtcdsRow;
import org.camino.trafficking.entity.Referral;
import org.camino.trafficking.entity.TraffickingDetails;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A mission's counter-trafficking cases as an HTCDS v2.0 CSV file, for
 * holders of {@code case:read:trafficking:<mission>} (counter-trafficking
 * officers): one row per case, its principal being the victim, the columns
 * {@link HtcdsFields#NAMES} (the standard's field names and order) and the
 * standard's codes ({@link HtcdsRow}). The first line is the header, nothing
 * before it (no byte-order mark, no heading), so that a system importing
 * HTCDS reads the field names as they are. Every value goes through
 * {@link SpreadsheetText}. Every export is in the access log.
 */
@Stateless
@Guarded
public class HtcdsExport {

    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";
    /** Cases read, decrypted and written at once. */
    static final int PAGE = 500;
    private static final Set<String> PHONES = Set.of("prs_HomePhone", "prs_MobilePhone");
    /** HTCDS's regular expression for phone numbers (prs_HomePhone, prs_MobilePhone, org_Phone). */
    private static final Pattern E164 = Pattern.compile("^\\+?[1-9]\\d{1,14}$");

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl accessControl;

    @Inject
    PermissionHolders users;

    @Inject
    AccessLog accessLog;

    /**
     * The file. Refused: no mission (400 naming {@code mission}), no
     * counter-trafficking read permission on it (403, logged), more than
     * {@link CaseListExport#MAX_ROWS} cases ({@link TooManyRowsException}).
     */
    @ScopedAccess("case:read:trafficking on the mission")
    public CaseListFile export(String missionCode) {
        if (missionCode == null || missionCode.isBlank()) {
            throw InvalidInputException.of("mission", "export.mission.required");
        }
        String mission = missionCode.trim().toUpperCase(Locale.ROOT);
        CaminoPrincipal caller = accessControl.caller();
        accessControl.require("case:read:trafficking:" + mission.toLowerCase(Locale.ROOT), "htcds:" + mission);

        long total = em.createQuery("select count(c) from CaseFile c where c.mission.code = :m and c.caseType = :t",
                Long.class).setParameter("m", mission).setParameter("t", CaseType.CTA).getSingleResult();
        if (total > CaseListExport.MAX_ROWS) {
            throw new TooManyRowsException(CaseListExport.MAX_ROWS, "mission=" + mission + " type=CTA");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int rows = 0;
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            csv.printRecord(HtcdsFields.NAMES);
            long after = 0;
            List<CaseFile> page;
            do {
                page = em.createQuery("select c from CaseFile c join fetch c.principal where c.mission.code = :m"
                                + " and c.caseType = :t and c.id > :after order by c.id", CaseFile.class)
                        .setParameter("m", mission).setParameter("t", CaseType.CTA).setParameter("after", after)
                        .setMaxResults(PAGE).getResultList();
                for (List<String> values : rowsOf(page)) {
                    List<String> cells = new ArrayList<>(values.size());
                    for (int c = 0; c < values.size(); c++) {
                        cells.add(cell(HtcdsFields.NAMES.get(c), values.get(c)));
                    }
                    csv.printRecord(cells);
                    rows++;
                }
                if (!page.isEmpty()) {
                    after = page.get(page.size() - 1).getId();
                }
                // a page's people are read and written: keep one page of them in memory, not the mission's
                em.clear();
            } while (page.size() == PAGE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        accessLog.record(AccessLog.Event.HTCDS_EXPORTED, caller.username(), "htcds:" + mission,
                "format=htcds-2.0-csv mission=" + mission + " rows=" + rows);
        return new CaseListFile("htcds_" + mission + "_" + LocalDate.now() + ".csv", CONTENT_TYPE,
                bytes.toByteArray(), rows);
    }

    /**
     * The value as a CSV cell, guarded by {@link SpreadsheetText}, except a phone number written as HTCDS
     * asks (E.164, its own pattern): a plus and digits is no formula, and a quote would corrupt it.
     */
    static String cell(String field, String value) {
        if (PHONES.contains(field) && value != null && E164.matcher(value).matches()) {
            return value;
        }
        return SpreadsheetText.forCsv(value);
    }

    /** The page's rows: each case with its victim context, referrals and the user name of its assignee. */
    private List<List<String>> rowsOf(List<CaseFile> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(CaseFile::getId).toList();
        Map<Long, TraffickingDetails> details = em.createQuery(
                        "select d from TraffickingDetails d where d.id in :ids", TraffickingDetails.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(TraffickingDetails::getId, Function.identity()));
        Map<Long, List<Referral>> referrals = em.createQuery(
                        "select r from TraffickingReferral r where r.caseFile.id in :ids", Referral.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.groupingBy(r -> r.getCaseFile().getId()));
        Map<Long, PermissionHolders.Holder> owners = users.users(page.stream().map(CaseFile::getAssignedTo)
                .filter(Objects::nonNull).distinct().toList());
        return page.stream().map(c -> HtcdsRow.values(c, details.get(c.getId()), referrals.getOrDefault(c.getId(), List.of()),
                c.getAssignedTo() == null || !owners.containsKey(c.getAssignedTo()) ? null
                        : owners.get(c.getAssignedTo()).username())).toList();
    }
}
