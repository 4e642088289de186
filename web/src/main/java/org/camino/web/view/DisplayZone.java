package org.camino.web.view;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The time zone in which this session's pages show times: the one of the
 * device that signed in (the login form sends the browser's zone), so that a
 * caseworker in Nairobi reads Nairobi time. UTC until then, or when the
 * browser sends nothing usable.
 */
@Named("displayZone")
@SessionScoped
public class DisplayZone implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId UTC = ZoneId.of("UTC");

    private ZoneId zone = UTC;

    public ZoneId zone() {
        return zone;
    }

    /** Takes an IANA zone id such as "Africa/Nairobi"; anything else leaves UTC. */
    public void useBrowserZone(String zoneId) {
        zone = parse(zoneId);
    }

    static ZoneId parse(String zoneId) {
        if (zoneId == null || zoneId.isBlank() || zoneId.length() > 64) {
            return UTC;
        }
        try {
            return ZoneId.of(zoneId.trim());
        } catch (DateTimeException e) {
            return UTC;
        }
    }
}
