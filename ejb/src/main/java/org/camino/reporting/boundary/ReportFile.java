package org.camino.reporting.boundary;

/** An exported report: file name, media type, the bytes, and how many table rows it holds. */
public record ReportFile(String filename, String contentType, byte[] content, int rows) {

    @Override
    public String toString() {
        return "ReportFile[" + filename + ", " + contentType + ", " + (content == null ? 0 : content.length) + " bytes, " + rows + " rows]";
    }
}
