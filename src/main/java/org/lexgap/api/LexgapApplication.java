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

    /**
     * JSON only through {@link JacksonProvider} (and {@link ObjectMapperResolver}): otherwise Jersey may pick the
     * server's JSON-B (levels as "UNKNOWN", no ISO dates) or the Jackson provider its jar lists in
     * META-INF/services (no java.time support), and which one varies between starts.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.jsonFeature", "JacksonFeature",
                "jersey.config.disableJsonBinding", true,
                "jersey.config.server.disableMetainfServicesLookup", true);
    }
}
