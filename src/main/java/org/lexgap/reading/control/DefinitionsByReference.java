package org.lexgap.reading.control;

import java.util.regex.Pattern;

/**
 * Tells whether a word stands in a clause that only defines it by reference to another provision ("has the same
 * meaning as in section 33", "im Sinne des § 1a", "au sens de l'article 225-4-1"): such a clause names a concept
 * without saying anything of it, so no condition may rest on it.
 */
final class DefinitionsByReference {

    private static final Pattern REFERENCE = Pattern.compile("(?iu)(has the (same )?meaning (given|assigned)?"
            + "|have the (same )?meaning|as defined in (section|article|subsection)|within the meaning of (section|article)"
            + "|im sinne (des|der|von) (§|art|abs)|nach maßgabe des §"
            + "|au sens de l'article|au sens des articles|tel que défini à l'article"
            + "|a que se refiere el artículo|definid[oa]s? en el artículo|en el sentido del artículo"
            + "|ai sensi dell'articolo|di cui all'articolo"
            + "|в значении|в смысле статьи|у значенні|в розумінні"
            + "|in de zin van artikel|bedoeld in artikel"
            + "|w rozumieniu art|ve smyslu §|v zmysle §"
            + "|κατά την έννοια του άρθρου|în sensul art)");
    /** A clause ends at a sentence's end, a semicolon or a new list item. */
    private static final Pattern CLAUSE_END = Pattern.compile("(?<=\\p{Ll}{2}|\\))\\.\\s|;\\s|\\n\\s*\\n");

    private DefinitionsByReference() {
    }

    static boolean insideOne(String paragraph, int offset) {
        int start = 0;
        var m = CLAUSE_END.matcher(paragraph);
        int end = paragraph.length();
        while (m.find()) {
            if (m.end() <= offset) {
                start = m.end();
            } else {
                end = m.start();
                break;
            }
        }
        String clause = paragraph.substring(start, Math.max(start, end));
        var r = REFERENCE.matcher(clause);
        while (r.find()) {
            // the defined word stands just before the reference ("Gewebe im Sinne von § 1a"): within a few words
            int referenceAt = start + r.start();
            if (referenceAt >= offset && referenceAt - offset <= 80) {
                return true;
            }
        }
        return false;
    }
}
