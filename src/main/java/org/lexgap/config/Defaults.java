package org.lexgap.config;

/**
 * The defaults of lexgap, each in one place: the server (META-INF/microprofile-config.properties and the
 * {@code @ConfigProperty} defaults), the API's query parameters and the command line all refer to these.
 */
public final class Defaults {

    /** {@value}: the writable data folder when {@link ConfigKeys#DATA_DIR} is not set. */
    public static final String DATA_DIR = "./lexgap-data";
    /** {@value}: the checklist an assessment, report or finding is made under when none is named. */
    public static final String CHECKLIST = "thbor";

    private Defaults() {
    }
}
