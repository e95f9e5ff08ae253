package org.lexgap.ingest.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lexgap.ingest.entity.SplitProvision;

/**
 * The layouts of real official texts, each reproduced with its heading line and invented sentences: a text holding
 * one provision keeps its number, whatever the layout.
 */
class SplitterLayoutsTest {

    private static SplitProvision only(String text, String language) {
        List<SplitProvision> found = ProvisionSplitter.split(text, language).stream()
                .filter(SplitProvision::numbered).toList();
        assertEquals(1, found.size(), () -> "one numbered provision expected in: " + text + " -> " + found);
        return found.get(0);
    }

    @Test
    void readsAMarkdownHeadingOfALegislationMirror() {
        SplitProvision p = only("#### § 232 Menschenhandel\n\n(1) Wer eine erfundene Tat begeht, wird bestraft.\n\n"
                + "(2) Der Versuch ist strafbar.\n", "de");
        assertEquals("s-232", p.localId());
        assertEquals("232", p.number());
        assertEquals("§ 232", p.label());
        assertEquals("Menschenhandel", p.heading());
        assertEquals(2, p.paragraphs().size());
    }

    @Test
    void readsHtmlAndBoldHeadingsInsidePlainText() {
        assertEquals("art-5", only("<h3>Article 5</h3>\n<p>An invented rule applies.</p>", "en").localId());
        SplitProvision bold = only("**Art. 7** Verbot des erfundenen Handels\n\nEin erfundener Satz.", "de");
        assertEquals("art-7", bold.localId());
        assertEquals("Verbot des erfundenen Handels", bold.heading());
    }

    @Test
    void readsTheHeadingsAndSuperscriptsOfAnHtmlPage() {
        org.lexgap.ingest.entity.ImportedDocument doc = Importers.load("page.html", ("<html><body><main>"
                + "<h3>§ 12<sup>1</sup>. Väljamõeldud säte</h3><p>(1) Väljamõeldud lause.</p>"
                + "<h3>§ 13. Teine säte</h3><p>Teine väljamõeldud lause.</p></main></body></html>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of("nz-xa-pc/s-12-1", "nz-xa-pc/s-13"),
                doc.provisions().stream().map(p -> p.id()).toList());
        assertEquals("12^1", doc.provisions().get(0).number());
        assertEquals("Väljamõeldud säte", doc.provisions().get(0).heading());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            60. Payment for an invented transplant       | s-60  | 60  | Payment for an invented transplant
            56 Trading in invented tissue                | s-56  | 56  | Trading in invented tissue
            2Human trafficking                           | s-2   | 2   | Human trafficking
            32AOrgan trafficking                         | s-32a | 32A | Organ trafficking
            22.2 Other offences — invented bodies        | s-22-2 | 22.2 | Other offences — invented bodies
            """)
    void readsBareDottedAndGluedNumbersBeforeATitle(String headingLine, String localId, String number,
            String heading) {
        SplitProvision p = only(headingLine + "\n\n(1) A person who does an invented thing commits an offence.\n"
                + "(2) A person guilty of it is liable to a fine.\n", "en");
        assertEquals(localId, p.localId());
        assertEquals(number, p.number());
        assertEquals(heading, p.heading());
        assertTrue(p.text().startsWith("(1) A person who does"), p.text());
    }

    @Test
    void readsAGluedNumberBelowThePageHeadOfALegislationSite() {
        SplitProvision p = only("Invented Slavery Act 2015\n2015 CHAPTER 30\nPart 1\nOffences\nInvented offences\n"
                + "2Human trafficking\n(1)A person commits an offence if the person arranges an invented thing.\n"
                + "(2)It is irrelevant whether the person consents.\n", "en");
        assertEquals("s-2", p.localId());
        assertEquals("Human trafficking", p.heading());
        assertEquals(List.of("1", "2"), p.paragraphs().stream().map(x -> x.number()).toList());
    }

    @Test
    void readsTheHeadingBeforeALoneNumber() {
        SplitProvision p = only("Restriction on invented transplants\n\n33\n\n(1) Subject to subsection (3), a person "
                + "commits an invented offence.\n", "en");
        assertEquals("s-33", p.localId());
        assertEquals("Restriction on invented transplants", p.heading());
        assertTrue(p.text().startsWith("(1) Subject to"), p.text());
    }

    @Test
    void readsASectionTitledByItsActAsCaseLawSitesPrintIt() {
        SplitProvision p = only("Section 19 in The Invented Organs Act, 1994\n\n19. Punishment for invented "
                + "dealings.—Whoever makes an invented payment shall be punished.\n", "en");
        assertEquals("s-19", p.localId());
    }

    @Test
    void readsUnitedStatesCodeCopiesAndAustralianSections() {
        assertEquals("s-1590", only("18 U.S. Code § 1590 - Invented peonage\n\n(a) Whoever does an invented "
                + "thing shall be fined.\n", "en").localId());
        assertEquals("s-1589", only("§ 1589. Invented labor\n\n(a) Whoever does an invented thing shall be "
                + "fined.\n", "en").localId());
        SplitProvision au = only("INVENTED CODE ACT 1995 - SCHEDULE\nThe Invented Code\nSECT 271.2\n"
                + "Offence of invented trafficking\n\n(1) A person commits an invented offence.\n", "en");
        assertEquals("s-271-2", au.localId());
        assertEquals("Offence of invented trafficking", au.heading());
    }

    @Test
    void readsCanadianSectionsWithTheirMarginalNotesBefore() {
        List<SplitProvision> all = ProvisionSplitter.split("""
                Marginal note:Invented trafficking
                279.01 (1) Every person who does an invented thing is guilty.
                (a) to imprisonment for life;
                Marginal note:Invented consent
                (2) No invented consent is valid.
                Marginal note:Invented trafficking of minors
                279.011 (1) Every person who does an invented thing to a minor is guilty.
                Marginal note:Invented benefit
                279.02 (1) Every person who takes an invented benefit is guilty.
                """, "en");
        assertEquals(List.of("s-279-01", "s-279-011", "s-279-02"), all.stream().map(SplitProvision::localId).toList());
        assertEquals(List.of("Invented trafficking", "Invented trafficking of minors", "Invented benefit"),
                all.stream().map(SplitProvision::heading).toList());
        assertEquals("(1) Every person who does an invented thing is guilty.\n(a) to imprisonment for life;\n"
                + "Invented consent\n(2) No invented consent is valid.", all.get(0).text());
    }

    @Test
    void readsTheIrishDashAfterTheNumber() {
        SplitProvision p = only("Invented trafficking in children.\n\n2.—(1) A person who does an invented "
                + "thing shall be guilty of an offence.\n", "en");
        assertEquals("s-2", p.localId());
        assertEquals("Invented trafficking in children.", p.heading());
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Article 10 – Organ trade                     | en | art-10            | 10
            Article L. 1272-3                            | fr | art-l1272-3       | L1272-3
            Article R425-2                               | fr | art-r425-2        | R425-2
            Article 225-4-1                              | fr | art-225-4-1       | 225-4-1
            Article 113-8-2                              | fr | art-113-8-2       | 113-8-2
            Article 511-3                                | fr | art-511-3         | 511-3
            Art. 1er.                                    | fr | art-1             | 1
            Art. 433quinquies. § 1. Est puni celui qui   | fr | art-433quinquies  | 433quinquies
            Artikel 273f                                 | nl | art-273f          | 273f
            Articolo 601 bis - Traffico di organi        | it | art-601-bis       | 601-bis
            Art. 601-bis. Traffico di organi             | it | art-601-bis       | 601-bis
            Artículo 156 bis.                            | es | art-156-bis       | 156-bis
            Artículo segundo.                            | es | art-2             | 2
            Artículo único.                              | es | art-unico         | único
            Artigo 144.º-B Tráfico inventado             | pt | art-144b          | 144B
            Artigo 5.º                                   | pt | art-5             | 5
            Articolul 210^1 Traficul inventat            | ro | art-210-1         | 210^1
            Articolul 165. Traficul inventat             | ro | art-165           | 165
            Neni 89/a                                    | sq | art-89a           | 89a
            Άρθρο 323Α                                   | el | art-323a          | 323Α
            Άρθρο 323 Α                                  | el | art-323a          | 323Α
            Чл. 159а. (1) Който извърши измислено деяние | bg | art-159a          | 159а
            Член 418-а                                   | mk | art-418a          | 418а
            Стаття 149. Торгівля людьми                  | uk | art-149           | 149
            Статья 127.1. Торговля людьми                | ru | art-127-1         | 127.1
            Моддаи 130(1). Савдои одамон                 | tg | art-130-1         | 130^1
            Článek 5                                     | cs | art-5             | 5
            Čl. II                                       | cs | art-ii            | II
            Článok 3                                     | sk | art-3             | 3
            § 168 Obchodování s lidmi                    | cs | s-168             | 168
            Art. 189a. § 1. Kto popełnia czyn            | pl | art-189a          | 189a
            Madde 91- (1) Kim uydurma bir fiil işlerse   | tr | art-91            | 91
            Maddə 144-1. İnsan alveri                    | az | art-144-1         | 144-1
            Հոդված 132. Մարդկանց թրաֆիքինգը              | hy | art-132           | 132
            მუხლი 143¹. ადამიანით ვაჭრობა               | ka | art-143-1         | 143^1
            147 straipsnis. Prekyba žmonėmis             | lt | art-147           | 147
            154.1 pants. Cilvēku tirdzniecība            | lv | art-154-1         | 154.1
            § 133. Inimkaubandus                         | et | s-133             | 133
            § 12<sup>1</sup>. Väljamõeldud säte          | et | s-12-1            | 12^1
            192. § (1) Aki kitalált cselekményt követ el | hu | s-192             | 192
            4 kap. 1 a § Människohandel                  | sv | s-4-1a            | 4:1a
            3 a § Ihmiskauppa                            | fi | s-3a              | 3a
            § 262 a. Stk. 1. Den der opdigter            | da | s-262a            | 262a
            227. gr. a                                   | is | art-227a          | 227a
            113. člen                                    | sl | art-113           | 113
            Članak 106.                                  | hr | art-106           | 106
            Član 388                                     | sr | art-388           | 388
            128-бап. Адам саудасы                        | kk | art-128           | 128
            135-modda. Odam savdosi                      | uz | art-135           | 135
            13.1 дүгээр зүйл.Хүн худалдаалах             | mn | art-13-1          | 13.1
            المادة (3)                                   | ar | art-3             | 3
            Section 32A Organ trafficking                | en | s-32a             | 32A
            „§ 6                                         | cs | s-6               | 6
            """)
    void readsTheLabelsOfEveryLanguageOfTheCorpus(String headingLine, String language, String localId,
            String number) {
        SplitProvision p = only(headingLine + "\n\nAn invented sentence of the provision.\n", language);
        assertEquals(localId, p.localId());
        assertEquals(number, p.number());
    }

    @Test
    void takesTheTitleFromTheLineBeforeWhereStatutesPutItFirst() {
        List<SplitProvision> hr = ProvisionSplitter.split("Izmišljeno djelo\n\nČlanak 106.\n\n(1) Tko izmisli "
                + "djelo, kaznit će se.\n\nDrugo izmišljeno djelo\n\nČlanak 107.\n\n(1) Tko izmisli drugo djelo, "
                + "kaznit će se.\n", "hr");
        assertEquals(List.of("Izmišljeno djelo", "Drugo izmišljeno djelo"),
                hr.stream().map(SplitProvision::heading).toList());
        assertEquals("Kitalált bűncselekmény", only("Kitalált bűncselekmény\n192. § (1) Aki kitalált cselekményt "
                + "követ el, bűntett miatt büntetendő.", "hu").heading());
    }

    @Test
    void takesTheTitleFromTheLineAfterALabelAloneOnItsLine() {
        SplitProvision el = only("Άρθρο 323Α\nΕμπορία ανθρώπων\n\n1. Όποιος κάνει κάτι φανταστικό τιμωρείται.",
                "el");
        assertEquals("Εμπορία ανθρώπων", el.heading());
        SplitProvision cz = only("##### § 23a\n\n#### Vymyšlené ustanovení\n\n(1) Vymyšlená věta.", "cs");
        assertEquals("Vymyšlené ustanovení", cz.heading());
        assertEquals("(1) Vymyšlená věta.", cz.text());
    }

    @Test
    void readsTheTitlesThatPortalsPrintAroundTheNumber() {
        assertEquals("Erfundene Tat", only("§ 232 StGB - Erfundene Tat\n\n(1) Wer etwas erfindet, wird bestraft.",
                "de").heading());
        assertEquals("Reato inventato", only("Art. 601-bis.\n(Reato inventato).\n\nChiunque inventa un fatto è "
                + "punito.", "it").heading());
        assertEquals("izmišljeno dejanje", only("113. člen\n(izmišljeno dejanje)\n\n(1) Kdor izmisli dejanje, se "
                + "kaznuje.", "sl").heading());
        SplitProvision fi = only("3 a § (9.6.2004/650)\nKeksitty rikos\n\nJoka keksii rikoksen, on tuomittava.", "fi");
        assertEquals("s-3a", fi.localId());
        assertEquals("Keksitty rikos", fi.heading());
        SplitProvision fr = only("Article 225-4-1\nVersion en vigueur depuis le 1 janvier 2001\n\nI. – Une règle "
                + "inventée.", "fr");
        assertNull(fr.heading());
        assertTrue(fr.text().startsWith("Version en vigueur"), fr.text());
    }

    @Test
    void readsArticlesNotTheirParagraphSigns() {
        List<SplitProvision> pl = ProvisionSplitter.split("Art. 189a. § 1. Kto popełnia wymyślony czyn, podlega "
                + "karze.\n§ 2. Kto czyni przygotowania, podlega karze.\n\nArt. 189b. Wymyślony przepis.\n", "pl");
        assertEquals(List.of("art-189a", "art-189b"), pl.stream().map(SplitProvision::localId).toList());
        assertEquals(List.of("1", "2"), pl.get(0).paragraphs().stream().map(x -> x.number()).toList());
    }

    @Test
    void aCitationAtTheStartOfAWrappedLineIsNoHeading() {
        List<SplitProvision> de = ProvisionSplitter.split("§ 4 Erfundene Regel\n\n(1) Die erfundene Regel gilt "
                + "nach\n§ 5 Satz 2 entsprechend, und nach\n§ 6 Erfundene Sache auch.\n\n§ 5 Weitere Regel\n\n"
                + "Eine weitere erfundene Regel.\n", "de");
        assertEquals(List.of("s-4", "s-5"), de.stream().map(SplitProvision::localId).toList());
    }

    @Test
    void aRangeOfSectionsIsNoLatinOrdinal() {
        assertTrue(ProvisionSplitter.split("Die §§ 232 bis 233a gelten.\n", "de").stream()
                .noneMatch(SplitProvision::numbered));
    }

    @Test
    void givesEachProvisionItsOffsetsInTheText() {
        String text = "Invented Act\r\n\r\nArticle 1 - Scope\r\nAn invented rule.\r\n\r\nArticle 2\r\nPurpose\r\n"
                + "Another invented rule.\r\n";
        List<SplitProvision> all = ProvisionSplitter.split(text, "en");
        assertEquals(List.of("preamble", "art-1", "art-2"), all.stream().map(SplitProvision::localId).toList());
        assertEquals("Invented Act", text.substring(all.get(0).start(), all.get(0).end()));
        assertEquals("Article 1 - Scope\r\nAn invented rule.", text.substring(all.get(1).start(), all.get(1).end()));
        assertEquals("Article 2\r\nPurpose\r\nAnother invented rule.",
                text.substring(all.get(2).start(), all.get(2).end()));
        assertEquals("Purpose", all.get(2).heading());
    }

    @Test
    void aTextWithoutNumberingIsOneProvision() {
        List<SplitProvision> all = ProvisionSplitter.split("An invented text.\nWithout any numbering at all.", "en");
        assertEquals(1, all.size());
        assertEquals("text", all.get(0).localId());
        assertEquals("", all.get(0).number());
        assertNull(all.get(0).heading());
    }
}
