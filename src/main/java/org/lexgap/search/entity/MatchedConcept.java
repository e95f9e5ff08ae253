package org.lexgap.search.entity;

/** A thesaurus concept a query was expanded through, and the words of the query that named it. */
public record MatchedConcept(String id, String label, String matched) {
}
