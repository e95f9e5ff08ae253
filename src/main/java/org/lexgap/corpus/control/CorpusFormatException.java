package org.lexgap.corpus.control;

/** A problem at a known line of a data file. */
public class CorpusFormatException extends Exception {

    private final int line;

    public CorpusFormatException(int line, String message) {
        super(message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
