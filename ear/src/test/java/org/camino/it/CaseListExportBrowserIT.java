package org.camino.it;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Export menu of the case list: shown to a mission manager (and the file
 * it sends holds the list's cases), absent for a caseworker; in Chromium at
 * 1366 px, the open menu (screenshot {@code case-list-export-menu}).
 */
@ExtendWith(DeployedCamino.class)
class CaseListExportBrowserIT {

    private static World world;
    private static String resettlement;
    private static String avrr;

    @BeforeAll
    static void cases() {
        world = World.create();
        String caseworker = world.token("caseworker");
        resettlement = AreaFixtures.newCase(caseworker, "RST", world.mission());
        avrr = AreaFixtures.newCase(caseworker, "AVR", world.mission());
    }

    @Test
    void theManagersExportMenuSendsTheListAsCsvAndACaseworkerHasNone() throws Exception {
        WebClient manager = new WebClient();
        world.signIn(manager, "manager");
        HttpResponse<String> page = manager.get("/cases/list.xhtml?type=RST");
        assertTrue(page.body().contains("id=\"export:menu\""), "the Export menu");
        // what PrimeFaces posts for a static menu item without Ajax: the form, with the item's client id as a parameter
        HttpResponse<String> file = manager.submit(page, "export", Map.of(), "csv");
        assertEquals(200, file.statusCode(), file.body());
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").contains(".csv"), file.headers().toString());
        String text = file.body();
        assertTrue(text.startsWith("\uFEFF"), "UTF-8 with its byte-order mark");
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setCommentMarker('#').get().parse(new StringReader(text.substring(1)))) {
            records = parser.getRecords();
        }
        assertTrue(records.get(0).getComment().contains("type=RST"), "the tab's type is the filter: " + records.get(0).getComment());
        assertEquals(List.of(resettlement), records.subList(1, records.size()).stream().map(r -> r.get(0)).toList(),
                "the resettlement tab's one case, not the AVRR one (" + avrr + ")");

        WebClient caseworker = new WebClient();
        world.signIn(caseworker, "caseworker");
        HttpResponse<String> list = caseworker.get("/cases/list.xhtml");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains(resettlement), "the caseworker's list");
        assertFalse(list.body().contains("export:menu"), "no Export menu without case:export");
    }

    @Test
    void theExportMenuOpensOnTheListAt1366Pixels() {
        try (Browser browser = Browser.open()) {
            browser.driver().manage().window().setSize(new Dimension(1366, 900));
            CaseworkerPages manager = CaseworkerPages.signedIn(browser, world.user("manager"));
            manager.open("/cases/list.xhtml");
            assertTrue(manager.text("list:cases").contains(avrr), manager.text("list:cases"));
            manager.press(By.id("export:menu_button"));
            // the menu slides open: text() waits until it is visible (fails after 30 s if it never opens)
            String menu = manager.text("export:menu_menu");
            assertTrue(menu.contains("Export CSV") && menu.contains("Export Excel"), menu);
            manager.screenshot("case-list-export-menu");
        }
    }
}
