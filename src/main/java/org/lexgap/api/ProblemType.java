package org.lexgap.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of problem lexgap answers with: each has a stable {@code type} URI ({@value #PREFIX}&lt;name&gt;) that a
 * client may decide on; the {@code detail} is for people and may change. The list is documented in the OpenAPI
 * description (components/schemas/Problem) and in README.md.
 */
public enum ProblemType {
    /** The address is served but the record it names does not exist (a country, provision, finding...). */
    NOT_FOUND("not-found", "Not Found"),
    /** Nothing is served at this address (or not with this method or media type). */
    NO_ENDPOINT("no-endpoint", "No Such Endpoint"),
    /** A path or query parameter or a form field is malformed (e.g. a country code that is not ISO 3166-1). */
    INVALID_PARAMETER("invalid-parameter", "Invalid Parameter"),
    /** The JSON request body cannot be read or is of the wrong shape. */
    INVALID_BODY("invalid-body", "Invalid Request Body"),
    /** The request body is larger than accepted. */
    BODY_TOO_LARGE("body-too-large", "Content Too Large"),
    /** Sign-in needed or failed. */
    UNAUTHORIZED("unauthorized", "Unauthorized"),
    /** Signed in, but not allowed (role, or the four-eyes rule). */
    FORBIDDEN("forbidden", "Forbidden"),
    /** The record was changed since the version the client holds (412): read it again, merge, retry. */
    VERSION_CONFLICT("version-conflict", "Version Conflict"),
    /** The record's state does not allow this: it exists already, or is not ready to be approved (409). */
    CONFLICT("conflict", "Conflict"),
    /** A change needs If-Match with the version the client holds (428). */
    PRECONDITION_REQUIRED("precondition-required", "Precondition Required"),
    /** Too many attempts: wait for Retry-After (429). */
    RATE_LIMITED("rate-limited", "Too Many Requests"),
    /** A document import was refused (file too large, unsupported, corrupt, no text...). */
    IMPORT_REJECTED("import-rejected", "Import Rejected"),
    /** The server is busy with the same kind of work: try again after Retry-After (503). */
    BUSY("busy", "Service Busy"),
    /** Anything else on the server's side (500). */
    SERVER_ERROR("server-error", "Server Error");

    /** Where every type URI begins: an identifier, not an address to fetch. */
    public static final String PREFIX = "urn:lexgap:problem:";

    private final String name;
    private final String title;

    ProblemType(String name, String title) {
        this.name = name;
        this.title = title;
    }

    public String uri() {
        return PREFIX + name;
    }

    /** The short name (the last part of the URI), e.g. {@code not-found}. */
    public String shortName() {
        return name;
    }

    public String title() {
        return title;
    }

    public static Optional<ProblemType> of(String uri) {
        return Arrays.stream(values()).filter(t -> t.uri().equals(uri)).findFirst();
    }

    /** The type of an answer the container or JAX-RS made itself with this status (no resource method ran). */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> INVALID_PARAMETER;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404, 405, 406, 415, 501 -> NO_ENDPOINT;
            case 409 -> CONFLICT;
            case 412 -> VERSION_CONFLICT;
            case 413 -> BODY_TOO_LARGE;
            case 428 -> PRECONDITION_REQUIRED;
            case 429 -> RATE_LIMITED;
            case 503 -> BUSY;
            default -> status < 500 ? INVALID_PARAMETER : SERVER_ERROR;
        };
    }
}
