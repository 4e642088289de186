package org.camino.cases.boundary;

/** An exported case list: file name, media type, the bytes and how many cases it holds. */
public record CaseListFile(String filename, String contentType, byte[] content, int rows) {

    /** Only the count: the content holds names of people. */
    @Override
    public String toString() {
        return "CaseListFile[rows=" + rows + "]";
    }
}
