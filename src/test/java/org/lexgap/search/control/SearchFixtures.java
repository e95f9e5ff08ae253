package org.lexgap.search.control;

import java.nio.file.Path;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.control.CorpusLoader;

/** Searchers over the fixture and the shipped corpus, indexed in memory once per JVM. */
public final class SearchFixtures {

    private static Corpus shipped;
    private static ProvisionSearcher shippedSearcher;

    private SearchFixtures() {
    }

    public static synchronized Corpus shippedCorpus() {
        if (shipped == null) {
            shipped = CorpusLoader.load(Path.of("."));
        }
        return shipped;
    }

    /** The shipped corpus indexed in memory (shared: do not update it). */
    public static synchronized ProvisionSearcher shipped() {
        if (shippedSearcher == null) {
            shippedSearcher = searcher(shippedCorpus());
        }
        return shippedSearcher;
    }

    public static ProvisionSearcher searcher(Corpus corpus) {
        return searcher(corpus, true);
    }

    /** @param tagBoost false to rank on the provisions' words alone, without the corpus's topic tags */
    public static ProvisionSearcher searcher(Corpus corpus, boolean tagBoost) {
        FieldAnalyzers analyzers = new FieldAnalyzers();
        SearchIndex index = SearchIndex.inMemory(analyzers, ReadConcepts.with(corpus.thesaurus(),
                corpus.vocabularies(), analyzers.languages()));
        index.sync(corpus.provisions());
        return new ProvisionSearcher(index, analyzers, new ProvisionQueryBuilder(analyzers,
                new ConceptIndex(corpus.thesaurus().concepts()), tagBoost));
    }
}
