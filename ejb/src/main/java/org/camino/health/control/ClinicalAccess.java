package org.camino.health.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.camino.cases.entity.CaseFile;
import org.camino.security.control.AccessControl;
import org.camino.security.control.AccessLog;

import java.util.Locale;

/**
 * The permission on clinical detail, on top of the case permission:
 * {@code clinical:read:<mission>} to see it, {@code clinical:update:<mission>}
 * to change it. Every read is logged; every refused change too.
 */
@Stateless
public class ClinicalAccess {

    public static final String LOG_DETAIL = "clinical";

    @Inject
    AccessControl accessControl;

    @Inject
    AccessLog accessLog;

    public boolean mayRead(CaseFile caseFile) {
        return accessControl.isPermitted(permission("read", caseFile));
    }

    public boolean mayUpdate(CaseFile caseFile) {
        return accessControl.isPermitted(permission("update", caseFile));
    }

    /** Refuses (403, logged) a change of clinical detail by someone without clinical:update. */
    public void refuseUpdate(CaseFile caseFile) {
        accessControl.deny(accessControl.caller(), permission("update", caseFile), "case:" + caseFile.getNumber());
    }

    /** The clinical detail of this case is about to be shown to the caller. */
    public void logRead(CaseFile caseFile) {
        accessLog.record(AccessLog.Event.SENSITIVE_CASE_VIEW, accessControl.caller().username(),
                "case:" + caseFile.getNumber(), LOG_DETAIL);
    }

    private static String permission(String action, CaseFile caseFile) {
        return "clinical:" + action + ":" + caseFile.getMission().getCode().toLowerCase(Locale.ROOT);
    }
}
