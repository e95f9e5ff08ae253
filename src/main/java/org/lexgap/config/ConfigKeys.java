package org.lexgap.config;

/** Every MicroProfile Config key of lexgap, in one place (environment: upper case, dots as underscores). */
public final class ConfigKeys {

    /** A folder with instruments/, national-laws/ and checklists/; empty: the copy bundled in the WAR. */
    public static final String CORPUS_DIR = "lexgap.corpus.dir";
    /** The writable data folder (index, database, imported documents). */
    public static final String DATA_DIR = "lexgap.data.dir";

    private ConfigKeys() {
    }
}
