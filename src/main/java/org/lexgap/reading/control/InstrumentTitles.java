package org.lexgap.reading.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether a word stands in the title of a cited instrument: a list of offences by reference to directives,
 * framework decisions or conventions names their subjects ("… on preventing and combating trafficking in human
 * beings") without the provision itself dealing with them.
 */
final class InstrumentTitles {

    /** Within this many characters after the instrument's name, in the same clause. */
    private static final int REACH = 300;
    private static final Pattern INSTRUMENT = Pattern.compile("(?iu)\\b(richtlinie|rahmenbeschluss|verordnung \\(e[gu]\\)"
            + "|vertrag|treaty|traité|tratado|trattato"
            + "|übereinkommen|zusatzprotokoll|protokoll|directive|framework decision|council decision|regulation \\(e[cu]\\)"
            + "|convention|protocol|décision-cadre|règlement \\(c?ue?\\)|directiva|decisión marco|convenio|protocolo"
            + "|direttiva|decisione quadro|convenzione|protocollo|richtlijn|kaderbesluit|verdrag|директив[аыи]"
            + "|конвенци[ияю]|протокол[ау]?|dyrektyw[ay]|decyzj[ia] ramow[ae]j?|konwencj[ia]|směrnice|úmluv[ay])\\p{L}*");
    /** A clause ends at a sentence's full stop (after a word, before a capitalised word), a semicolon or an item. */
    private static final Pattern CLAUSE_END = Pattern.compile(
            "(?<=\\p{Ll}{3})\\.\\s+(?=\\p{Lu}\\p{Ll})|;\\s|\\n\\s*\\n|\\n\\s*(\\d+[.)]|\\(?[a-z]\\))\\s");

    private InstrumentTitles() {
    }

    static boolean insideOne(String paragraph, int offset) {
        int from = Math.max(0, offset - REACH);
        String before = paragraph.substring(from, Math.min(offset, paragraph.length()));
        Matcher m = INSTRUMENT.matcher(before);
        int last = -1;
        while (m.find()) {
            last = m.end();
        }
        return last >= 0 && !CLAUSE_END.matcher(before.substring(last)).find();
    }
}
