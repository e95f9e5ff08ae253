package org.lexgap.ingest.entity;

/** A lettered point inside a paragraph: {@code (a)}, {@code b)}, {@code в)}. */
public record Point(String label, String text) {
}
