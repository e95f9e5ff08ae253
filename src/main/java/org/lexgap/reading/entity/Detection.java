package org.lexgap.reading.entity;

/**
 * A condition a text shows: met, or (when {@code met} is false) missing or limited, with the passage that shows it.
 *
 * @param passage the clause or paragraph of the text that carries it (plain text, at most a few hundred characters)
 */
public record Detection(String condition, boolean met, String passage) {
}
