package org.lexgap.text;

/**
 * A text made safe for a CSV cell: forbidden characters cleaned ({@link ControlCharacters#clean}), and a cell
 * that a spreadsheet would read as a formula (starting with =, +, -, @, tab or carriage return) prefixed with an
 * apostrophe, as OWASP advises against CSV injection.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        String cleaned = ControlCharacters.clean(text);
        return formula ? "'" + cleaned : cleaned;
    }
}
