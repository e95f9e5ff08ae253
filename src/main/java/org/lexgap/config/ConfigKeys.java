package org.lexgap.config;

/** Every MicroProfile Config key of lexgap, in one place (environment: upper case, dots as underscores). */
public final class ConfigKeys {

    /** A folder with instruments/, national-laws/ and checklists/; empty: the copy bundled in the WAR. */
    public static final String CORPUS_DIR = "lexgap.corpus.dir";
    /** The writable data folder (index, database, imported documents). */
    public static final String DATA_DIR = "lexgap.data.dir";

    /** Import limits: the largest file in bytes, the most PDF pages, the longest processing time in seconds. */
    public static final String IMPORT_MAX_BYTES = "lexgap.import.max-bytes";
    public static final String IMPORT_MAX_PAGES = "lexgap.import.max-pages";
    public static final String IMPORT_TIMEOUT_SECONDS = "lexgap.import.timeout-seconds";

    private ConfigKeys() {
    }
}
