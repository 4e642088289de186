package org.camino.platform.control;

/**
 * Where the current call comes from (remote address), set by the web layer
 * for the duration of a request so that the access log can say it. Batch jobs
 * and start-up code have none.
 */
public final class CallerContext {

    private static final ThreadLocal<String> ADDRESS = new ThreadLocal<>();

    private CallerContext() {
    }

    public static void set(String address) {
        ADDRESS.set(address);
    }

    public static void clear() {
        ADDRESS.remove();
    }

    public static String address() {
        return ADDRESS.get();
    }
}
