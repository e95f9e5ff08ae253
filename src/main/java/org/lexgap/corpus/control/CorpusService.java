package org.lexgap.corpus.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lexgap.config.ConfigKeys;
import org.lexgap.config.CorpusLocation;
import org.lexgap.config.Defaults;

/**
 * Loads the corpus once at start-up and hands it out; readiness depends on it. Each new corpus (imported provisions
 * joined or left) is announced as a {@link CorpusChanged} event to every holder of corpus-derived state.
 */
@ApplicationScoped
public class CorpusService {

    private static final Logger LOG = Logger.getLogger(CorpusService.class.getName());

    @Inject
    @ConfigProperty(name = ConfigKeys.CORPUS_DIR)
    Optional<String> corpusDir;

    @Inject
    @ConfigProperty(name = ConfigKeys.DATA_DIR, defaultValue = Defaults.DATA_DIR)
    String dataDir;

    @Inject
    Event<CorpusChanged> changed;

    private volatile Corpus corpus;
    private volatile Corpus base;
    private volatile String failure;
    private volatile Path folder;

    /** The corpus; loads it on first use. Throws when it cannot be loaded. */
    public Corpus corpus() {
        Corpus loaded = corpus;
        if (loaded == null) {
            synchronized (this) {
                if (corpus == null) {
                    corpus = load();
                }
                loaded = corpus;
            }
        }
        return loaded;
    }

    /** Replaces the imported provisions (see {@link Corpus#withImported}); assessments follow the new corpus. */
    public void useImported(java.util.Collection<org.lexgap.corpus.entity.Provision> imported) {
        Corpus now;
        synchronized (this) {
            corpus();
            now = base.withImported(imported);
            corpus = now;
        }
        changed.fire(new CorpusChanged(now));
    }

    public boolean loaded() {
        return corpus != null;
    }

    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    public Path dataDir() {
        return Path.of(dataDir).toAbsolutePath();
    }

    /** The folder the corpus was loaded from (after {@link #corpus()}). */
    public Path folder() {
        corpus();
        return folder;
    }

    private Corpus load() {
        try {
            Path folder = CorpusLocation.resolve(corpusDir.orElse(null), dataDir());
            Corpus loaded = CorpusLoader.load(folder);
            this.folder = folder;
            LOG.info(() -> "lexgap corpus loaded from " + folder + ": " + loaded.provisions().size() + " provisions");
            failure = null;
            base = loaded;
            return loaded;
        } catch (RuntimeException e) {
            failure = e.getMessage();
            LOG.log(Level.SEVERE, "lexgap corpus could not be loaded", e);
            throw e;
        }
    }
}
