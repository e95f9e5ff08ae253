package org.lexgap.api;

import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import org.lexgap.json.Mappers;

/**
 * JSON in and out through the project's Jackson configuration (instead of the server's JSON-B). The priority puts
 * it ahead of the unconfigured JacksonJsonProvider that jackson-jakarta-rs registers through META-INF/services
 * (which cannot write java.time values).
 */
@Provider
@Priority(Priorities.USER - 1000)
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public class JacksonProvider extends JacksonJsonProvider {

    public JacksonProvider() {
        super(Mappers.json());
    }
}
