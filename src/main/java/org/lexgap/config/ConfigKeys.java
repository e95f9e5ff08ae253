package org.lexgap.config;

/** Every MicroProfile Config key of lexgap, in one place (environment: upper case, dots as underscores). */
public final class ConfigKeys {

    /** A folder with instruments/, national-laws/ and checklists/; empty: the copy bundled in the WAR. */
    public static final String CORPUS_DIR = "lexgap.corpus.dir";
    /** The writable data folder (index, database, imported documents). */
    public static final String DATA_DIR = "lexgap.data.dir";

    /** JDBC URL of the database; empty: embedded H2 in file mode under the data folder. */
    public static final String DB_URL = "lexgap.db.url";
    public static final String DB_USER = "lexgap.db.user";
    public static final String DB_PASSWORD = "lexgap.db.password";
    /** How long a sign-in token is valid (ISO-8601 duration, e.g. PT8H). */
    public static final String TOKEN_LIFETIME = "lexgap.auth.token-lifetime";
    /**
     * Sign-in attempts counted within the window (ISO-8601 duration): per account from one client address (then each
     * further attempt waits twice as long as the last, from the backoff on), per client address, per account.
     */
    public static final String SIGN_IN_MAX_FAILURES = "lexgap.auth.max-failures";
    public static final String SIGN_IN_MAX_FAILURES_ADDRESS = "lexgap.auth.max-failures-per-address";
    public static final String SIGN_IN_MAX_FAILURES_ACCOUNT = "lexgap.auth.max-failures-per-account";
    public static final String SIGN_IN_FAILURE_WINDOW = "lexgap.auth.failure-window";
    public static final String SIGN_IN_BACKOFF = "lexgap.auth.backoff";
    /** Bootstrap: created as admin when the store has no user at start-up (env LEXGAP_ADMIN_USER/_PASSWORD). */
    /** Addresses of load balancers whose X-Forwarded-For names the client for the sign-in limit (comma-separated). */
    public static final String AUTH_TRUSTED_PROXIES = "lexgap.auth.trusted-proxies";
    public static final String ADMIN_USER = "lexgap.admin.user";
    public static final String ADMIN_PASSWORD = "lexgap.admin.password";
    /** The largest JSON request body accepted, in bytes (larger: 413). */
    public static final String MAX_JSON_BODY = "lexgap.api.max-json-bytes";
    /** Import limits: the largest file in bytes, the most PDF pages, the longest processing time in seconds. */
    public static final String IMPORT_MAX_BYTES = "lexgap.import.max-bytes";
    public static final String IMPORT_MAX_PAGES = "lexgap.import.max-pages";
    public static final String IMPORT_TIMEOUT_SECONDS = "lexgap.import.timeout-seconds";
    /** Text limits: characters extracted from one document; characters of imported text per State. */
    public static final String IMPORT_MAX_TEXT_CHARS = "lexgap.import.max-text-chars";
    public static final String IMPORT_MAX_STATE_TEXT_CHARS = "lexgap.import.max-state-text-chars";

    /** PDFs rendered at once in one process (each takes 100-200 MB while it is laid out); more wait, then 503. */
    public static final String REPORT_MAX_CONCURRENT_PDF = "lexgap.report.max-concurrent-pdf";

    /** How often a node reads the documents' change log to bring its corpus and index in line (ISO duration). */
    public static final String CHANGES_POLL_INTERVAL = "lexgap.changes.poll-interval";

    private ConfigKeys() {
    }
}
