package org.camino.publishing.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CtMicrodataWriterTest {

    @Test
    void csvHasAHeaderLineThenOneLinePerReleasedRow() throws IOException {
        CtMicrodata extract = extract();
        StringWriter out = new StringWriter();
        CtMicrodataWriter.csv(extract, out);
        List<CSVRecord> lines;
        try (CSVParser parser = CSVParser.parse(new StringReader(out.toString()), CSVFormat.DEFAULT)) {
            lines = parser.getRecords();
        }
        assertEquals(List.of("yearOfRegistration", "gender", "ageBroad", "citizenship", "CountryOfExploitation",
                "typeOfSupportConcatenated", "traffickingStagesConcatenated"), lines.get(0).toList());
        assertEquals(23, lines.size());
        assertEquals(List.of("2024-2025", "FEMALE", "Y18T24", "NGA", "ITA", "Health", "Exploitation"),
                lines.get(1).toList());
    }

    @Test
    void jsonHoldsTheRowsAndTheInformationLoss() {
        CtMicrodata extract = extract();
        StringWriter out = new StringWriter();
        CtMicrodataWriter.json(extract, out);
        JsonObject json = Json.createReader(new StringReader(out.toString())).readObject();
        assertEquals(7, json.getJsonArray("columns").size());
        assertEquals(22, json.getJsonArray("records").size());
        assertEquals("2024-2025", json.getJsonArray("records").getJsonObject(0).getString("yearOfRegistration"));
        JsonObject loss = json.getJsonObject("informationLoss");
        assertEquals(11, loss.getInt("k"));
        assertEquals(23, loss.getInt("inputRecords"));
        assertEquals(1, loss.getInt("suppressedRecords"));
        JsonObject year = loss.getJsonArray("variables").getJsonObject(0);
        assertEquals("yearOfRegistration", year.getString("column"));
        assertEquals("two years", year.getString("levelName"));
        assertEquals(2, year.getInt("distinctBefore"));
        assertEquals(1, year.getInt("distinctAfter"));
    }

    /** 22 women from Nigeria exploited in Italy, registered in 2024 or 2025, and one man from Thailand. */
    private static CtMicrodata extract() {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < 22; i++) {
            rows.add(new CtVictim(2024 + i % 2, "FEMALE", "Y18T24", "NGA", "ITA", i % 3 == 0 ? "Health" : "Health;Legal",
                    i % 4 == 0 ? "Exploitation;Recruitment" : "Exploitation").values());
        }
        rows.add(new CtVictim(2025, "MALE", "Y35T44", "THA", "MYS", "Legal", "Exploitation").values());
        return CtMicrodataExtract.ctdc().extract(rows);
    }
}
