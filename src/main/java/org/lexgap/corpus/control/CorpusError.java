package org.lexgap.corpus.control;

import java.nio.file.Path;

/** What is wrong where: a file of the corpus, a line in it (0: the file or folder as a whole), and a message. */
public record CorpusError(Path file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
