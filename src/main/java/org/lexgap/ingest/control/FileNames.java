package org.lexgap.ingest.control;

import org.lexgap.ingest.entity.ImportError;
import org.lexgap.ingest.entity.ImportException;

/** Accepts a plain file name: no folders, no control or direction-changing characters, no leading dot. */
public final class FileNames {

    static final int MAX_LENGTH = 255;

    private FileNames() {
    }

    public static String check(String name) {
        if (name == null || name.isBlank()) {
            throw invalid("The file has no name.");
        }
        if (name.length() > MAX_LENGTH) {
            throw invalid("The file name is longer than " + MAX_LENGTH + " characters.");
        }
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0 || name.equals("..") || name.startsWith(".")) {
            throw invalid("The file name must not contain a path (/, \\ or a leading dot): " + printable(name));
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            int type = Character.getType(c);
            if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                throw invalid("The file name contains a control character (U+" + String.format("%04X", (int) c)
                        + ").");
            }
        }
        return name.strip();
    }

    private static ImportException invalid(String message) {
        return new ImportException(ImportError.INVALID_FILE_NAME, message);
    }

    private static String printable(String name) {
        return name.replaceAll("\\p{Cntrl}", "?");
    }
}
