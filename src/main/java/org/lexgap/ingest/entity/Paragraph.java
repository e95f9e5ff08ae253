package org.lexgap.ingest.entity;

import java.util.List;

/** A numbered paragraph of a provision ({@code 1}, {@code (2)}); the number is null for unnumbered text. */
public record Paragraph(String number, String text, List<Point> points) {
}
