package org.lexgap.search.control;

/** A query the search cannot run, with a message for the person who typed it. */
public class QueryException extends IllegalArgumentException {

    public QueryException(String message) {
        super(message);
    }
}
