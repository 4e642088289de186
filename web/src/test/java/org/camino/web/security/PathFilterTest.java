package org.camino.web.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PathFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"/camino", "/camino/", "/camino/index.xhtml", "/camino/admin/users.xhtml",
            "/camino/api/cases/ken-avr-2026-000001", "/camino/api/cases/KEN-AVR-2026-000001",
            "/camino/api/cases/KEN-NBO-RST-2026-000123/history", "/camino/jakarta.faces.resource/components.js.xhtml",
            "/camino/jakarta.faces.resource/saga/theme.css.xhtml", "/camino/jakarta.faces.resource/fonts/PrimeIcons.woff2.xhtml"})
    void plainPathsPass(String uri) {
        assertTrue(PathFilter.isNormal(uri, "/camino"), uri);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/camino/admin;/users.xhtml", "/camino/admin/users.xhtml;jsessionid=1",
            "/camino/admin%2fusers.xhtml", "/camino/%2e%2e/admin/users.xhtml", "/camino/admin/%2E/users.xhtml",
            "/camino/admin\\users.xhtml", "/camino/admin/../api/health", "/camino/./admin/users.xhtml",
            "/camino//admin/users.xhtml", "/camino/admin/users.xhtml/", "/camino/Admin/users.xhtml",
            "/camino/ADMIN/USERS.XHTML", "/camino/api/Health", "/camino/admin/users.xhtml%00",
            "/camino/%61dmin/users.xhtml", "/camino/admin/users.xhtml%3b", "/camino/adm\u0131n/users.xhtml",
            "/camino/jakarta.faces.resource/../web-inf/web.xml", "/caminox/index.xhtml", "/other", "/camino/API/cases/KEN-AVR-2026-000001",
            "/camino/api/cases/KEN-AVR-2026-000001X", "/camino/ADMIN-AVR-2026-000001/../admin"})
    void craftedVariantsAreRefused(String uri) {
        assertFalse(PathFilter.isNormal(uri, "/camino"), uri);
    }
}
