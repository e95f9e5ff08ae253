package org.lexgap.corpus.control;

import java.util.List;
import java.util.stream.Collectors;

/** The corpus could not be loaded; carries every error found, each with its file and line. */
public class CorpusException extends RuntimeException {

    private final transient List<CorpusError> errors;

    public CorpusException(List<CorpusError> errors) {
        super(errors.size() + " error(s) in the corpus:\n" + errors.stream()
                .map(CorpusError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<CorpusError> errors() {
        return errors;
    }
}
