package org.lexgap.corpus.control;

import java.nio.file.Path;

/** A value bound from a data file, with the file and its line map, so later checks can name lines. */
record Located<T>(T value, Path file, LocatedYaml yaml) {

    CorpusError error(String pointer, String message) {
        return new CorpusError(file, yaml.lineOf(pointer), message);
    }
}
