package org.lexgap.search.control;

import org.lexgap.reading.control.LanguageAnalyzers;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.lexgap.corpus.entity.Provision;

/**
 * Builds the Lucene document of a provision, and of a court decision or an observation beside them; the only place
 * where documents are made.
 */
public final class ProvisionDocuments {

    private ProvisionDocuments() {
    }

    public static Document of(Provision p) {
        return of(p, java.util.Set.of());
    }

    /** @param readConcepts the concepts read in the provision's own words */
    public static Document of(Provision p, java.util.Collection<String> readConcepts) {
        Document doc = new Document();
        doc.add(new StringField(SearchFields.ID, p.id(), Field.Store.YES));
        doc.add(new StringField(SearchFields.GROUP, p.documentId(), Field.Store.NO));
        facet(doc, SearchFields.DOCUMENT, p.documentId());
        facet(doc, SearchFields.JURISDICTION, p.jurisdiction());
        facet(doc, SearchFields.KIND, kindOf(p));
        String language = p.language() == null ? LanguageAnalyzers.ENGLISH : p.language().toLowerCase(Locale.ROOT);
        facet(doc, SearchFields.LANGUAGE, language);
        p.criteria().forEach(c -> facet(doc, SearchFields.CRITERION, c));
        doc.add(new StringField(SearchFields.VERIFIED, String.valueOf(p.verified()), Field.Store.NO));
        p.topics().forEach(t -> doc.add(new StringField(SearchFields.TOPIC, t, Field.Store.YES)));
        readConcepts.forEach(c -> doc.add(new StringField(SearchFields.READ_CONCEPT, c, Field.Store.NO)));
        if (p.number() != null) {
            doc.add(new StringField(SearchFields.NUMBER, SearchFields.numberCore(p.number()), Field.Store.NO));
        }
        text(doc, SearchFields.HEADING, p.heading(), Field.Store.YES);
        text(doc, SearchFields.SUMMARY, p.summary(), Field.Store.YES);
        text(doc, SearchFields.CITATION, p.citation(), Field.Store.YES);
        text(doc, SearchFields.text(language), p.originalHeading(), Field.Store.NO);
        text(doc, SearchFields.text(language), p.officialText(), Field.Store.NO);
        stored(doc, SearchFields.ORIGINAL_HEADING, p.originalHeading());
        stored(doc, SearchFields.OFFICIAL_TEXT, p.officialText());
        stored(doc, SearchFields.SOURCE, p.source());
        stored(doc, SearchFields.VALID_UNTIL, p.validUntil() == null ? null : p.validUntil().toString());
        return doc;
    }

    /** A court decision or an observation: English text, the State it concerns, its criteria and kind. */
    public static Document of(IndexedRecord r) {
        Document doc = new Document();
        doc.add(new StringField(SearchFields.ID, r.id(), Field.Store.YES));
        doc.add(new StringField(SearchFields.GROUP, r.group(), Field.Store.NO));
        facet(doc, SearchFields.JURISDICTION, r.jurisdiction());
        facet(doc, SearchFields.KIND, r.kind());
        facet(doc, SearchFields.LANGUAGE, LanguageAnalyzers.ENGLISH);
        r.criteria().forEach(c -> facet(doc, SearchFields.CRITERION, c));
        doc.add(new StringField(SearchFields.VERIFIED, String.valueOf(r.verified()), Field.Store.NO));
        r.topics().forEach(t -> doc.add(new StringField(SearchFields.TOPIC, t, Field.Store.YES)));
        text(doc, SearchFields.HEADING, r.heading(), Field.Store.YES);
        text(doc, SearchFields.SUMMARY, r.summary(), Field.Store.YES);
        text(doc, SearchFields.CITATION, r.citation(), Field.Store.YES);
        stored(doc, SearchFields.SOURCE, r.source());
        return doc;
    }

    /** binding, soft-law (international, not binding) or national. */
    public static String kindOf(Provision p) {
        if (!p.international()) {
            return SearchFields.KIND_NATIONAL;
        }
        return p.binding() ? SearchFields.KIND_BINDING : SearchFields.KIND_SOFT_LAW;
    }

    private static void facet(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StringField(field, value, Field.Store.YES));
            doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
        }
    }

    private static void text(Document doc, String field, String value, Field.Store store) {
        if (value != null && !value.isBlank()) {
            doc.add(new TextField(field, value, store));
        }
    }

    private static void stored(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new StoredField(field, value));
        }
    }
}
