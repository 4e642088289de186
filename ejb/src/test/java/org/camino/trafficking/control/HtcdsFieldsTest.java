package org.camino.trafficking.control;

import org.camino.cases.control.Workflows;
import org.camino.cases.entity.CaseType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The export's columns and codes against the standard's own field list, the
 * HTCDS v2.0 "Field Standards" spreadsheet (a copy in test resources, see its
 * NOTICE.md), read here as the OpenDocument it is.
 */
class HtcdsFieldsTest {

    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    // columns of the field list: B Status, D Field Name Prefix, G Field Name including Prefix, J Value Names
    private static final int STATUS = 1;
    private static final int PREFIX = 3;
    private static final int FIELD = 6;
    private static final int VALUE_NAMES = 9;

    /** The field list's rows, each cell as the lines of its text. */
    private static List<List<List<String>>> rows;

    @BeforeAll
    static void readTheStandard() throws Exception {
        rows = new ArrayList<>();
        Document content = content("/htcds/HTCDS Field Standards 2.0.ods");
        Element sheet = (Element) content.getElementsByTagNameNS(TABLE, "table").item(0);
        NodeList rowNodes = sheet.getElementsByTagNameNS(TABLE, "table-row");
        for (int r = 0; r < rowNodes.getLength(); r++) {
            List<List<String>> cells = new ArrayList<>();
            NodeList cellNodes = ((Element) rowNodes.item(r)).getElementsByTagNameNS(TABLE, "table-cell");
            for (int c = 0; c < cellNodes.getLength() && cells.size() <= VALUE_NAMES; c++) {
                Element cell = (Element) cellNodes.item(c);
                String repeated = cell.getAttributeNS(TABLE, "number-columns-repeated");
                int times = repeated.isEmpty() ? 1 : Math.min(Integer.parseInt(repeated), VALUE_NAMES + 1);
                List<String> lines = new ArrayList<>();
                NodeList paragraphs = cell.getElementsByTagNameNS(TEXT, "p");
                for (int p = 0; p < paragraphs.getLength(); p++) {
                    lines.add(paragraphs.item(p).getTextContent().strip());
                }
                for (int t = 0; t < times; t++) {
                    cells.add(lines);
                }
            }
            rows.add(cells);
        }
    }

    @Test
    void theColumnsAreTheStandardsCaseFieldsInItsOrderWithoutTheDeprecatedOnes() {
        List<String> expected = new ArrayList<>();
        for (List<List<String>> row : rows) {
            if (cell(row, PREFIX).matches("prs_|vic_|cas_|con_") && cell(row, STATUS).equals("DRAFT")) {
                expected.add(cell(row, FIELD));
            }
        }
        assertEquals(52, expected.size(), "the standard's person, victim, case, referral and consent fields: " + expected);
        assertEquals(expected, HtcdsFields.NAMES);
        assertTrue(fieldsWithStatus("DEPRECATED").contains("vic_Vulnerabilities"), "the deprecated ones are seen and left out");
        assertTrue(HtcdsFields.NAMES.stream().noneMatch(fieldsWithStatus("DEPRECATED")::contains));
    }

    @Test
    void gendersAndCaseStatusesAreTheStandardsValueNames() {
        Set<String> genders = valueNames("prs_Gender");
        assertEquals(Set.of("Feminine", "Masculine", "TransgenderFeminine", "TransgenderMasculine", "NonConforming",
                "NonSpecifiedUnknown"), genders, "read from the standard");
        assertTrue(genders.containsAll(HtcdsFields.genders().values()), HtcdsFields.genders().toString());
        assertEquals(Set.of("FEMALE", "MALE", "OTHER", "UNKNOWN"), HtcdsFields.genders().keySet(), "every SEX code (V3)");

        assertEquals(valueNames("cas_Status"), Set.copyOf(HtcdsFields.caseStatuses().values()), "each of the standard's statuses once");
        assertEquals(Workflows.of(CaseType.CTA).states(), HtcdsFields.caseStatuses().keySet(),
                "every status of the counter-trafficking workflow has its HTCDS code");
        assertEquals("FollowUp", HtcdsFields.caseStatus("FOLLOW_UP"));
        assertEquals(null, HtcdsFields.caseStatus("DEPARTED"), "another type's status is no HTCDS status");
    }

    private static Set<String> valueNames(String field) {
        List<List<String>> row = rows.stream().filter(r -> cell(r, FIELD).equals(field)).findFirst().orElseThrow();
        Set<String> names = new TreeSet<>(row.get(VALUE_NAMES));
        names.remove("");
        return names;
    }

    private static Set<String> fieldsWithStatus(String status) {
        Set<String> fields = new TreeSet<>();
        rows.stream().filter(r -> cell(r, STATUS).equals(status)).forEach(r -> fields.add(cell(r, FIELD)));
        return fields;
    }

    private static String cell(List<List<String>> row, int column) {
        return column < row.size() ? String.join("\n", row.get(column)) : "";
    }

    private static Document content(String resource) throws Exception {
        InputStream file = HtcdsFieldsTest.class.getResourceAsStream(resource);
        assertNotNull(file, resource);
        try (ZipInputStream zip = new ZipInputStream(file)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("content.xml")) {
                    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                    factory.setNamespaceAware(true);
                    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes()));
                }
            }
        }
        throw new AssertionError("no content.xml in " + resource);
    }
}
