package org.lexgap.ingest.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lexgap.ingest.entity.ImportedDocument;
import org.lexgap.ingest.entity.ImportedProvision;

/** Each numbering style of the issue, in a small invented plain-text statute: id, number, heading and text. */
class NumberingStylesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Article 10 – Organ trade                  | art-10        | 10        | Organ trade
            Art. 10 Organ trade                       | art-10        | 10        | Organ trade
            Artikel 10 Organhandel                    | art-10        | 10        | Organhandel
            Articolo 601-bis - Traffico di organi     | art-601-bis   | 601-bis   | Traffico di organi
            Artículo 156 bis. Tráfico de órganos      | art-156-bis   | 156-bis   | Tráfico de órganos
            Article 225-4-1 – De la traite            | art-225-4-1   | 225-4-1   | De la traite
            § 18 Organhandel                          | s-18          | 18        | Organhandel
            Section 32A Organ trafficking             | s-32a         | 32A       | Organ trafficking
            Статья 127.1. Торговля людьми             | art-127-1     | 127.1     | Торговля людьми
            Стаття 149. Торгівля людьми               | art-149       | 149       | Торгівля людьми
            Член 159а. Трафик на органи               | art-159a      | 159а      | Трафик на органи
            """)
    void findsTheProvisionAndItsHeading(String headingLine, String localId, String number, String heading) {
        String next = headingLine.replace("10", "11").replace("601", "602").replace("156", "157")
                .replace("225-4-1", "225-4-2").replace("18", "19").replace("32A", "33").replace("127.1", "127.2")
                .replace("149", "150").replace("159а", "160");
        String text = "Invented statute of the fictional Republic of Xanadu\n\n" + headingLine + "\n"
                + "(1) Whoever sells an organ of another person is punished.\n"
                + "(2) The attempt is punishable.\n\n" + next + "\nThe penalty may be suspended.\n";

        ImportedDocument doc = Importers.load("statute.txt", text.getBytes(StandardCharsets.UTF_8));

        ImportedProvision p = doc.provisions().get(1);
        assertEquals("nz-xa-pc/" + localId, p.id());
        assertEquals(number, p.number());
        assertEquals(heading, p.heading());
        assertEquals("(1) Whoever sells an organ of another person is punished.\n(2) The attempt is punishable.",
                p.text());
        assertEquals(2, p.paragraphs().size());
        assertEquals(3, doc.provisions().size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Madde 91- (1) Bir kimse organ ticareti yaparsa cezalandırılır. | art-91
            """)
    void takesTheTurkishHeadingFromTheLineBefore(String articleLine, String localId) {
        String text = "Genel hükümler\nMadde 90- (1) Hayali bir hüküm.\n\nOrgan veya doku ticareti\n"
                + articleLine + "\n(2) Teşebbüs cezalandırılır.\n";

        ImportedDocument doc = Importers.load("tck.txt", text.getBytes(StandardCharsets.UTF_8));

        ImportedProvision p = doc.provisions().get(doc.provisions().size() - 1);
        assertEquals("nz-xa-pc/" + localId, p.id());
        assertEquals("Organ veya doku ticareti", p.heading());
        assertEquals("Genel hükümler", doc.provisions().get(0).heading());
        assertTrue(p.text().startsWith("(1) Bir kimse"), p.text());
        assertEquals(List.of("1", "2"), p.paragraphs().stream().map(x -> x.number()).toList());
        assertTrue(doc.provisions().get(0).text().equals("(1) Hayali bir hüküm."), doc.provisions().get(0).text());
    }
}
