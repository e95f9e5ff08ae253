package org.lexgap.search.entity;

/**
 * A search as asked; null filters are absent.
 *
 * @param query the text in lexgap's query language (words, "phrases", -exclude, OR, citations such as § 18)
 * @param kind binding, soft-law or national
 * @param page 1-based
 */
public record SearchRequest(
        String query,
        String country,
        String instrument,
        String criterion,
        String language,
        String kind,
        int page,
        int size) {

    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 100;

    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, null, 1, DEFAULT_SIZE);
    }

    public SearchRequest withSize(int newSize) {
        return new SearchRequest(query, country, instrument, criterion, language, kind, page, newSize);
    }
}
