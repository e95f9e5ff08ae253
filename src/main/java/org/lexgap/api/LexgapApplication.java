package org.lexgap.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * All resources live under {@code /api}. The OpenAPI description ({@code /openapi}) is finished by
 * {@link OpenApiFilter}; {@code npx @redocly/cli lint} checks it (README.md).
 */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "lexgap", version = "0.1",
        description = "Search and gap assessment of the law on trafficking in human beings for the purpose of "
                + "organ removal and trafficking in human organs. Errors are application/problem+json with a "
                + "stable type URI (see the Problem schema). Reading needs no sign-in; writes need "
                + "Authorization: Bearer <token> from POST /api/auth/token."))
@SecurityScheme(securitySchemeName = LexgapApplication.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A token from POST /api/auth/token, sent as Authorization: Bearer <token>")
public class LexgapApplication extends Application {

    /** The name of the bearer-token security scheme in the OpenAPI description. */
    public static final String BEARER = "bearer";

    /**
     * JSON only through {@link JacksonProvider} (and {@link ObjectMapperResolver}): otherwise Jersey may pick the
     * server's JSON-B (levels as "UNKNOWN", no ISO dates) or the Jackson provider its jar lists in
     * META-INF/services (no java.time support), and which one varies between starts. With that lookup off, the
     * multipart support (jakarta.ws.rs.core.EntityPart, used by the document upload) is registered by name.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.jsonFeature", "JacksonFeature",
                "jersey.config.disableJsonBinding", true,
                "jersey.config.server.disableMetainfServicesLookup", true,
                "jersey.config.server.provider.classnames", "org.glassfish.jersey.media.multipart.MultiPartFeature");
    }
}
