package org.camino.web.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.cases.boundary.CaseViews.CaseRow;
import org.camino.cases.boundary.CaseViews.DueMovement;
import org.camino.cases.boundary.CaseViews.RecentChange;
import org.camino.cases.boundary.CaseWork;
import org.camino.cases.boundary.CaseWork.ApprovalItem;
import org.camino.cases.boundary.Cases;
import org.camino.reporting.boundary.MonthlyReports;
import org.camino.security.boundary.Account;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Backs /index.xhtml, the dashboard: the user's open cases, departures this
 * week, approvals waiting (for those who approve) and recent activity. Each
 * list is short and comes from the services, which only return what the user
 * may read. Mission managers (and whoever runs a mission's reports) also see
 * that the monthly report of their mission for last month is ready.
 */
@Named
@RequestScoped
public class HomePage {

    private static final int ROWS = 10;

    @Inject
    Account account;

    @Inject
    Cases cases;

    @Inject
    CaseWork work;

    @Inject
    Navigation navigation;

    @Inject
    MonthlyReports monthlyReports;

    /** "The monthly report of KEN for November 2026 is ready". */
    public record MonthlyReady(String mission, String month) {
    }

    private Account.Me me;
    private List<CaseRow> mine = List.of();
    private List<DueMovement> departures = List.of();
    private List<RecentChange> recent = List.of();
    private List<ApprovalItem> approvals = List.of();
    private List<MonthlyReady> monthlyReady = List.of();
    private final LocalDate weekStart = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

    @PostConstruct
    void load() {
        me = account.me();
        if (navigation.isCaseReader()) {
            mine = cases.mine(ROWS);
            departures = cases.departures(weekStart, weekStart.plusDays(6), 50);
            recent = cases.recentlyChanged(ROWS);
        }
        if (navigation.isApprover()) {
            approvals = work.approvalQueue();
        }
        if (navigation.isReporter()) {
            DateTimeFormatter month = DateTimeFormatter.ofPattern("MMMM yyyy",
                    FacesContext.getCurrentInstance().getViewRoot().getLocale());
            monthlyReady = monthlyReports.lastMonthReady().stream()
                    .map(r -> new MonthlyReady(r.mission(), YearMonth.parse(r.month()).format(month))).distinct().toList();
        }
    }

    public Account.Me getMe() { return me; }
    public List<CaseRow> getMine() { return mine; }
    public List<DueMovement> getDepartures() { return departures; }
    public List<RecentChange> getRecent() { return recent; }
    public List<ApprovalItem> getApprovals() { return approvals; }
    public List<MonthlyReady> getMonthlyReady() { return monthlyReady; }
    public LocalDate getWeekStart() { return weekStart; }
    public LocalDate getWeekEnd() { return weekStart.plusDays(6); }
}
