package org.lexgap.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.lexgap.json.Mappers;

/** Hands the project's Jackson configuration to any Jackson-based JSON provider the server may pick. */
@Provider
public class ObjectMapperResolver implements ContextResolver<ObjectMapper> {

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return Mappers.json();
    }
}
