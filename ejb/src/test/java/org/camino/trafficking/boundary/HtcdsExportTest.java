package org.camino.trafficking.boundary;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class HtcdsExportTest {

    @Test
    void aValueThatLooksLikeAFormulaIsQuotedButAnE164PhoneNumberIsKeptAsHtcdsWritesIt() {
        assertEquals("+254700100200", HtcdsExport.cell("prs_MobilePhone", "+254700100200"));
        assertEquals("254700100200", HtcdsExport.cell("prs_HomePhone", "254700100200"));
        assertEquals("'+254 700 100 200", HtcdsExport.cell("prs_MobilePhone", "+254 700 100 200"), "not E.164: guarded");
        assertEquals("'-1", HtcdsExport.cell("prs_MobilePhone", "-1"));
        assertEquals("'+1", HtcdsExport.cell("prs_FirstName", "+1"), "only phones may start with a plus");
        assertEquals("'=HYPERLINK(\"http://x\")", HtcdsExport.cell("prs_FirstName", "=HYPERLINK(\"http://x\")"));
        assertEquals("'@SUM(A1)", HtcdsExport.cell("prs_MobilePhone", "@SUM(A1)"));
        assertEquals("Amina", HtcdsExport.cell("prs_FirstName", "Amina"));
        assertNull(HtcdsExport.cell("prs_Salutation", null));
    }
}
