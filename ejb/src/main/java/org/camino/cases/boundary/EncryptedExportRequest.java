package org.camino.cases.boundary;

/**
 * The mission's case list as an encrypted file: the mission, the password the
 * file is encrypted with (at least 12 characters), the format (xlsx, the only
 * one; none means xlsx) and the language (en, fr, es) of the headings.
 */
public record EncryptedExportRequest(String mission, String password, String format, String language) {

    /** Never the password: records end up in logs. */
    @Override
    public String toString() {
        return "EncryptedExportRequest[mission=" + mission + "]";
    }
}
