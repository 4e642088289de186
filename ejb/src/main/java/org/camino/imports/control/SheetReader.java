package org.camino.imports.control;

import org.camino.platform.errors.InvalidFileException;

/** Reads an import file, CSV or XLSX (told apart by content, not by name), within {@link SheetLimits}. */
public final class SheetReader {

    private SheetReader() {
    }

    public static Sheet read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidFileException("import.file.empty");
        }
        if (content.length > SheetLimits.MAX_BYTES) {
            throw new InvalidFileException("import.file.tooBig", null, null,
                    String.valueOf(SheetLimits.MAX_BYTES / (1024 * 1024)));
        }
        if (isOle2(content)) {
            throw new InvalidFileException("import.file.oldExcel");
        }
        return isZip(content) ? XlsxSheets.read(content) : CsvSheets.read(content);
    }

    /** Excel 97-2003 (.xls) files are OLE2 compound documents. */
    private static boolean isOle2(byte[] content) {
        return content.length >= 4 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF
                && (content[2] & 0xFF) == 0x11 && (content[3] & 0xFF) == 0xE0;
    }

    /** XLSX files are ZIP archives: they start with "PK\3\4". */
    private static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }
}
