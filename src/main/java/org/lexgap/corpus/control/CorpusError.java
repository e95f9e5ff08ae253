package org.lexgap.corpus.control;

import java.nio.file.Path;

/** What is wrong where: a file of the corpus, a line in it, and a message for the person who edits it. */
public record CorpusError(Path file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
