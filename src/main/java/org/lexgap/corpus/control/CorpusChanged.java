package org.lexgap.corpus.control;

/**
 * The corpus was replaced (imported provisions joined or left): holders of anything derived from the corpus (engines,
 * caches, importers) drop it and derive it again from {@code corpus}. A CDI event fired by {@link CorpusService}.
 */
public record CorpusChanged(Corpus corpus) {
}
