package org.lexgap.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** All resources live under {@code /api}. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "lexgap", version = "0.1",
        description = "Search and gap assessment of the law on trafficking in human beings for the purpose of "
                + "organ removal and trafficking in human organs. Errors are application/problem+json."))
public class LexgapApplication extends Application {

    /** Jersey's switch between its JSON features: Jackson (ours), not the server's JSON-B default. */
    static final String JSON_FEATURE = "jersey.config.jsonFeature";

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(JSON_FEATURE, "JacksonFeature");
    }
}
