package org.lexgap.search.control;

/**
 * Where a search spent its time, in nanoseconds, added up over the searches it is passed to: parsing and building
 * the query, the ranked top hits, the count and facets over every match, and the hits' stored fields and
 * snippets. The benchmark prints it; the service passes none.
 */
public final class StageTimes {

    long build;
    long top;
    long facets;
    long hits;

    public long build() {
        return build;
    }

    public long top() {
        return top;
    }

    public long facets() {
        return facets;
    }

    public long hits() {
        return hits;
    }
}
