package org.lexgap.report.control;

import org.lexgap.text.ControlCharacters;

/**
 * HTML escaping, for the templates (their escaper) and for the few fragments lexgap builds outside them; the text
 * is cleaned first ({@link ControlCharacters#clean}), so no stored text can make the HTML unreadable as XML,
 * which the PDF renderer needs.
 */
public final class Html {

    private Html() {
    }

    public static String escape(String raw) {
        if (raw == null) {
            return "";
        }
        String text = ControlCharacters.clean(raw);
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
