package org.lexgap.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import org.lexgap.json.Mappers;

/** JSON columns of the store: values written and read with the project's mapper; a failure is a StoreException. */
public final class StoredJson {

    private StoredJson() {
    }

    public static String write(Object value) {
        try {
            return Mappers.json().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return Mappers.json().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot read a stored " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    public static <T> T read(String json, TypeReference<T> type) {
        try {
            return Mappers.json().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot read a stored value: " + e.getOriginalMessage(), e);
        }
    }

    /** The JSON tree of a column, or null for SQL NULL. */
    public static JsonNode tree(String json) {
        try {
            return json == null ? null : Mappers.json().readTree(json);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot read a stored value: " + e.getOriginalMessage(), e);
        }
    }
}
