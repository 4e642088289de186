package org.camino.web.view.cases;

import org.camino.cases.boundary.CaseQuery;
import org.camino.cases.boundary.CaseViews.CaseRow;
import org.camino.cases.boundary.CaseViews.CaseView;
import org.camino.cases.boundary.CaseViews.MemberView;
import org.camino.cases.boundary.CaseViews.Page;
import org.camino.cases.boundary.Cases;
import org.camino.platform.errors.NotFoundException;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The case list, one page at a time from {@link Cases#list}: filters and sort
 * go to the server, never more than a page of rows comes back. The number
 * filter is exact (a case number identifies one case). The total of the last
 * filter is kept, so that paging costs one service call.
 */
public class CaseRowsModel extends LazyDataModel<CaseRow> {

    private static final long serialVersionUID = 1L;

    private final Cases cases; // an EJB reference, serialisable with the view
    private final String type;
    private final boolean assignedToMe;
    private String countedFilter;
    private int counted;
    private Shown shown = new Shown(null, null, null, null, "openedOn", true, false);

    /**
     * The filter and sort of the rows shown last, for an export of the same list; {@code byNumber}: the
     * exact-number filter was on (one case, which the export's filters cannot name).
     */
    public record Shown(String mission, String status, LocalDate openedFrom, LocalDate openedTo, String sort,
                        boolean descending, boolean byNumber) implements java.io.Serializable {
    }

    public CaseRowsModel(Cases cases, String type) {
        this(cases, type, false);
    }

    /** With {@code assignedToMe}, only the cases assigned to the user (filtered on the server). */
    public CaseRowsModel(Cases cases, String type, boolean assignedToMe) {
        this.cases = cases;
        this.type = type;
        this.assignedToMe = assignedToMe;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        String key = key(filterBy);
        if (!key.equals(countedFilter)) {
            String number = text(filterBy, "number");
            counted = number != null ? byNumber(number).size()
                    : (int) Math.min(Integer.MAX_VALUE, cases.list(query(filterBy, null, 0, 1)).total());
            countedFilter = key;
        }
        return counted;
    }

    @Override
    public List<CaseRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String number = text(filterBy, "number");
        SortMeta sort = sortBy == null ? null : sortBy.values().stream().filter(SortMeta::isActive).findFirst().orElse(null);
        CaseQuery query = query(filterBy, sort, first, pageSize);
        shown = new Shown(query.mission(), query.status(), query.openedFrom(), query.openedTo(), query.sort(),
                query.descending(), number != null);
        if (number != null) {
            return byNumber(number);
        }
        Page<CaseRow> page = cases.list(query);
        counted = (int) Math.min(Integer.MAX_VALUE, page.total());
        countedFilter = key(filterBy);
        setRowCount(counted);
        return page.rows();
    }

    /** The filter and sort of the rows shown last. */
    public Shown getShown() {
        return shown;
    }

    public String getType() {
        return type;
    }

    public boolean isAssignedToMe() {
        return assignedToMe;
    }

    @Override
    public String getRowKey(CaseRow row) {
        return row.number();
    }

    @Override
    public CaseRow getRowData(String rowKey) {
        return byNumber(rowKey).stream().findFirst().orElse(null);
    }

    private CaseQuery query(Map<String, FilterMeta> filterBy, SortMeta sort, int first, int pageSize) {
        LocalDate[] opened = dates(filterBy);
        String sortField = sort == null ? "openedOn" : sort.getField();
        boolean descending = sort == null || sort.getOrder() == SortOrder.DESCENDING;
        return new CaseQuery(type, text(filterBy, "mission"), text(filterBy, "status"), opened[0], opened[1],
                sortField, descending, first, pageSize, assignedToMe);
    }

    /** The one case with this number as a row, or none (also when the user may not read it). */
    private List<CaseRow> byNumber(String number) {
        try {
            CaseView view = cases.find(number);
            if ((type != null && !type.equals(view.type())) || (assignedToMe && view.assignee() == null)) {
                return List.of();
            }
            MemberView principal = view.household().stream().filter(MemberView::principal).findFirst().orElseThrow();
            // a damaged name makes the row unreadable, with its incident, as in the lists
            String incident = view.damagedFields().stream()
                    .filter(d -> "person".equals(d.owner()) && d.ownerId() == principal.person().id()
                            && ("person.given_name".equals(d.field()) || "person.family_name".equals(d.field())))
                    .map(d -> d.incident() == null ? "" : d.incident()).findFirst().orElse(null);
            String name = incident != null ? null : principal.person().familyName() == null ? principal.person().givenName()
                    : principal.person().givenName() + " " + principal.person().familyName();
            return List.of(new CaseRow(view.number(), view.type(), view.mission(), view.status(), view.pendingStatus(),
                    view.openedOn(), name, principal.person().birthYear(), principal.person().sex(), incident));
        } catch (NotFoundException e) {
            return List.of();
        } catch (RuntimeException e) {
            if (e.getCause() instanceof NotFoundException) {
                return List.of();
            }
            throw e;
        }
    }

    private static String text(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta meta = filterBy == null ? null : filterBy.get(field);
        Object value = meta == null ? null : meta.getFilterValue();
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    /** The opened-date filter: a range from the date picker, or a single day. */
    private static LocalDate[] dates(Map<String, FilterMeta> filterBy) {
        FilterMeta meta = filterBy == null ? null : filterBy.get("openedOn");
        Object value = meta == null ? null : meta.getFilterValue();
        if (value instanceof List<?> range && !range.isEmpty()) {
            LocalDate from = day(range.get(0));
            LocalDate to = range.size() > 1 ? day(range.get(range.size() - 1)) : from;
            return new LocalDate[] {from, to};
        }
        LocalDate single = day(value);
        return new LocalDate[] {single, single};
    }

    private static LocalDate day(Object value) {
        if (value instanceof LocalDate day) {
            return day;
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate();
        }
        return null;
    }

    private static String key(Map<String, FilterMeta> filterBy) {
        if (filterBy == null) {
            return "";
        }
        StringBuilder key = new StringBuilder();
        filterBy.values().forEach(m -> key.append(m.getField()).append('=').append(Objects.toString(m.getFilterValue(), "")).append(';'));
        return key.toString();
    }
}
