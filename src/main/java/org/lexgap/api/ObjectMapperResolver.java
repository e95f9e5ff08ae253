package org.lexgap.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.lexgap.json.Mappers;

/**
 * Hands the project's Jackson configuration to every Jackson provider, including the one Jersey discovers
 * through the provider jar's META-INF/services (which otherwise writes with a default mapper that has no
 * java.time support, and answers 500 for any date).
 */
@Provider
public class ObjectMapperResolver implements ContextResolver<ObjectMapper> {

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return Mappers.json();
    }
}
