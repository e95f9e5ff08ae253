package org.lexgap.search.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.TopDocs;
import org.lexgap.corpus.entity.Provision;
import org.lexgap.search.entity.SearchHit;
import org.lexgap.search.entity.SimilarProvisions;
import org.lexgap.search.entity.SearchRequest;
import org.lexgap.search.entity.SearchResult;

/** lexgap's search path: parse, expand, search with facets, and explain each hit with a snippet and concepts. */
public final class ProvisionSearcher {

    static final float CRITERION_BOOST = 4f;
    /**
     * A query whose strict form (about half its words or concepts must match) finds fewer provisions than this
     * is run relaxed (any one suffices), so that a long question in words the texts do not use still finds the
     * provisions that share its key concept.
     */
    static final int RELAX_BELOW = 10;

    private final SearchIndex index;
    private final FieldAnalyzers analyzers;
    private final ProvisionQueryBuilder builder;
    /** Where counting runs beside ranking: container-managed threads, or {@link OwnPool}. */
    private final ExecutorService counting;

    /** Outside a container (command line, tests): one thread per core, daemons, shared by every searcher. */
    private static final class OwnPool {
        static final ExecutorService COUNTING = Executors.newFixedThreadPool(
                Math.max(2, Runtime.getRuntime().availableProcessors()), runnable -> {
                    Thread thread = new Thread(runnable, "lexgap-search-counting");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    private final FacetCounts facetCounts = new FacetCounts(SearchFields.FACETS);

    public ProvisionSearcher(SearchIndex index, FieldAnalyzers analyzers, ConceptIndex concepts) {
        this(index, analyzers, new ProvisionQueryBuilder(analyzers, concepts));
    }

    /** A searcher with its own query builder (e.g. without the boost of the corpus's topic tags, for measurement). */
    public ProvisionSearcher(SearchIndex index, FieldAnalyzers analyzers, ProvisionQueryBuilder builder) {
        this(index, analyzers, builder, null);
    }

    /** @param counting where totals and facets are counted (container-managed threads); null: own pool */
    public ProvisionSearcher(SearchIndex index, FieldAnalyzers analyzers, ProvisionQueryBuilder builder,
                             ExecutorService counting) {
        this.index = index;
        this.analyzers = analyzers;
        this.builder = builder;
        this.counting = counting != null ? counting : OwnPool.COUNTING;
    }

    public SearchResult search(SearchRequest request) {
        return search(request, null);
    }

    /**
     * Searches over one searcher: the ranked top hits of the scored query (the same call as a bare
     * {@code IndexSearcher.search(query, n)}, so Lucene may skip what cannot compete), then stored fields and
     * snippets of the page only; meanwhile, on a second thread, the exact total and the facets over every match
     * of the unscored match query.
     *
     * @param times where the steps' durations are added (null: not measured)
     */
    public SearchResult search(SearchRequest request, StageTimes times) {
        long start = System.nanoTime();
        Map<String, String> filters = SearchRequests.filters(request);
        ParsedQuery parsed = HumanQueryParser.parse(request.query());
        return index.search(searcher -> {
            try {
                BuiltQuery built = build(searcher, parsed, filters);
                long prepared = System.nanoTime();
                Future<Counted> counting = this.counting.submit(() -> count(searcher, built));
                TopDocs top = searcher.search(built.query(), request.page() * request.size());
                long ranked = System.nanoTime();
                List<SearchHit> hits = hits(searcher, built, top.scoreDocs, (request.page() - 1) * request.size());
                long shown = System.nanoTime();
                Counted counted = counting.get();
                if (times != null) {
                    times.build += prepared - start;
                    times.top += ranked - prepared;
                    times.hits += shown - ranked;
                    times.facets += counted.nanos();
                }
                return new SearchResult(counted.total(), hits, counted.facets(), built.concepts());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("search interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        });
    }

    private BuiltQuery build(IndexSearcher searcher, ParsedQuery parsed, Map<String, String> filters)
            throws IOException {
        BuiltQuery strict = builder.build(parsed, index.languages(searcher), filters);
        if (parsed.groups().size() < 3 || searcher.count(strict.matches()) >= RELAX_BELOW) {
            return strict;
        }
        return builder.build(parsed, index.languages(searcher), filters, true);
    }

    /** The exact total and the facet counts of one search, and how long they took. */
    private record Counted(long total, Map<String, Map<String, Long>> facets, long nanos) {
    }

    private Counted count(IndexSearcher searcher, BuiltQuery built) throws IOException {
        long start = System.nanoTime();
        FacetsCollector matches = searcher.search(built.matches(), new FacetsCollectorManager());
        long total = matches.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
        Map<String, Map<String, Long>> facets = facetCounts.count(searcher.getIndexReader(), matches);
        return new Counted(total, facets, System.nanoTime() - start);
    }

    /**
     * Comparable provisions of other documents (and, for national law, other jurisdictions): the same criteria
     * and topics count most, then likeness of heading and summary (MoreLikeThis).
     */
    public Optional<SimilarProvisions> similar(String id, int size) {
        return index.search(searcher -> {
            try {
                TopDocs self = searcher.search(new TermQuery(new Term(SearchFields.ID, id)), 1);
                if (self.scoreDocs.length == 0) {
                    return Optional.<SimilarProvisions>empty();
                }
                int docId = self.scoreDocs[0].doc;
                Document doc = searcher.storedFields().document(docId);
                MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
                mlt.setAnalyzer(analyzers.perField());
                mlt.setFieldNames(new String[] {SearchFields.SUMMARY, SearchFields.HEADING});
                mlt.setMinTermFreq(1);
                mlt.setMinDocFreq(1);
                mlt.setMaxQueryTerms(20);
                BooleanQuery.Builder q = new BooleanQuery.Builder();
                q.add(mlt.like(docId), Occur.SHOULD);
                for (String criterion : doc.getValues(SearchFields.CRITERION)) {
                    q.add(constant(SearchFields.CRITERION, criterion, CRITERION_BOOST), Occur.SHOULD);
                }
                for (String topic : doc.getValues(SearchFields.TOPIC)) {
                    q.add(constant(SearchFields.TOPIC, topic, ProvisionQueryBuilder.TOPIC_BOOST), Occur.SHOULD);
                }
                q.add(new TermQuery(new Term(SearchFields.DOCUMENT, doc.get(SearchFields.DOCUMENT))), Occur.MUST_NOT);
                if (!Provision.INTERNATIONAL.equals(doc.get(SearchFields.JURISDICTION))) {
                    q.add(new TermQuery(new Term(SearchFields.JURISDICTION, doc.get(SearchFields.JURISDICTION))),
                            Occur.MUST_NOT);
                }
                BuiltQuery built = new BuiltQuery(q.build(), q.build(), List.of(), Map.of(), Map.of());
                TopDocs top = searcher.search(built.query(), size);
                return Optional.of(new SimilarProvisions(id, hits(searcher, built, top.scoreDocs, 0)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Query constant(String field, String value, float boost) {
        return new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(field, value))), boost);
    }

    /** The Lucene query lexgap runs for a request (the benchmark runs it bare too). */
    public Query luceneQuery(SearchRequest request) {
        ParsedQuery parsed = HumanQueryParser.parse(request.query());
        return index.search(s -> {
            try {
                return build(s, parsed, SearchRequests.filters(request)).query();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    List<SearchHit> hits(IndexSearcher searcher, BuiltQuery built, ScoreDoc[] docs, int from) throws IOException {
        Map<String, Set<String>> terms = termsByField(built.query());
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        for (int i = from; i < docs.length; i++) {
            Document doc = stored.document(docs[i].doc);
            hits.add(hit(doc, docs[i].score, built, terms));
        }
        return hits;
    }

    SearchHit hit(Document doc, float score, BuiltQuery built, Map<String, Set<String>> terms) {
        String textField = SearchFields.text(doc.get(SearchFields.LANGUAGE));
        Snippets.Snippet best = snippet(doc.get(SearchFields.SUMMARY), SearchFields.SUMMARY, terms);
        Set<String> matched = new HashSet<>(best.matchedKeys());
        for (String[] candidate : new String[][] {{SearchFields.OFFICIAL_TEXT, textField},
                {SearchFields.ORIGINAL_HEADING, textField}, {SearchFields.HEADING, SearchFields.HEADING}}) {
            Snippets.Snippet s = snippet(doc.get(candidate[0]), candidate[1], terms);
            matched.addAll(s.matchedKeys());
            if (s.matches() > best.matches()) {
                best = s;
            }
        }
        Set<String> topics = new HashSet<>(List.of(doc.getValues(SearchFields.TOPIC)));
        List<String> concepts = new ArrayList<>();
        built.conceptTopics().forEach((concept, conceptTopics) -> {
            boolean tagged = conceptTopics.stream().anyMatch(topics::contains);
            boolean worded = built.conceptTerms().getOrDefault(concept, Set.of()).stream().anyMatch(matched::contains);
            if (tagged || worded) {
                concepts.add(concept);
            }
        });
        return new SearchHit(doc.get(SearchFields.ID), doc.get(SearchFields.KIND), doc.get(SearchFields.SOURCE),
                doc.get(SearchFields.HEADING),
                doc.get(SearchFields.CITATION), doc.get(SearchFields.JURISDICTION), doc.get(SearchFields.LANGUAGE),
                best.html(), List.copyOf(concepts), doc.get(SearchFields.VALID_UNTIL), score);
    }

    private Snippets.Snippet snippet(String text, String field, Map<String, Set<String>> terms) {
        return Snippets.of(text, field, analyzers.forField(field), terms.getOrDefault(field, Set.of()));
    }

    /** The positive terms of a query, per field as {@code field:term} keys (excluded words are never marked). */
    static Map<String, Set<String>> termsByField(Query query) {
        Map<String, Set<String>> out = new HashMap<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                for (Term t : terms) {
                    out.computeIfAbsent(t.field(), f -> new HashSet<>()).add(BuiltQuery.key(t.field(), t.text()));
                }
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return occur == Occur.MUST_NOT || occur == Occur.FILTER ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        return out;
    }
}
