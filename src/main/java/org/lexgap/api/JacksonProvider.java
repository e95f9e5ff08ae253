package org.lexgap.api;

import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import org.lexgap.json.Mappers;

/** JSON in and out through the project's Jackson configuration (instead of the server's JSON-B). */
@Provider
@Priority(Priorities.ENTITY_CODER - 1)
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public class JacksonProvider extends JacksonJsonProvider {

    public JacksonProvider() {
        super(Mappers.json());
    }
}
