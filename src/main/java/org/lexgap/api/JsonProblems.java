package org.lexgap.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.stream.Collectors;

/** A client-facing sentence for a JSON body that could not be read: where and what, never a class name. */
final class JsonProblems {

    private JsonProblems() {
    }

    static String describe(JsonProcessingException error) {
        if (error instanceof UnrecognizedPropertyException unknown) {
            return "Unknown field '" + unknown.getPropertyName() + "' in the JSON body.";
        }
        if (error instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String path = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            Throwable cause = mapping.getCause();
            String why = cause instanceof IllegalArgumentException ? cause.getMessage() : "wrong type or value";
            return "Invalid value for '" + path + "' in the JSON body: " + why + ".";
        }
        return "The request body is not valid JSON of the expected shape.";
    }
}
