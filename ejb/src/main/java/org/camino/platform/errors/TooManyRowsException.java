package org.camino.platform.errors;

/**
 * An export or download whose filter matches more rows than it may hold: the
 * user narrows the filter ({@link #filter()} says which one was used, in codes
 * and dates only, never personal data).
 */
public class TooManyRowsException extends BusinessException {

    private final int limit;
    private final String filter;

    public TooManyRowsException(int limit, String filter) {
        super("More than " + limit + " rows for " + filter);
        this.limit = limit;
        this.filter = filter;
    }

    public int limit() {
        return limit;
    }

    public String filter() {
        return filter;
    }
}
