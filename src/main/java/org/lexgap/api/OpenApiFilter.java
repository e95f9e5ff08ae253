package org.lexgap.api;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Finishes the OpenAPI description the server derives from the annotations (mp.openapi.filter): one relative
 * server, reads public and writes behind the bearer scheme, the Problem schema with every problem type, every
 * operation's error answers described as problems, and no field that is not OpenAPI.
 */
public class OpenApiFilter implements OASFilter {

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;
    private static final String PROBLEM_RESPONSE_REF = "#/components/responses/" + PROBLEM;
    private static final Logger LOG = Logger.getLogger(OpenApiFilter.class.getName());

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.setServers(List.of(OASFactory.createServer().url("/").description("This server")));
        // reads need no sign-in ({} = no requirement); operations that need a role declare the bearer scheme
        openAPI.setSecurity(List.of(OASFactory.createSecurityRequirement()));
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(PROBLEM, problemSchema());
        openAPI.getComponents().addResponse(PROBLEM, OASFactory.createAPIResponse()
                .description("An error, as application/problem+json (RFC 9457); decide on its type")
                .content(problemContent()));
        unwrap(openAPI, "ProvisionView", "Provision", "provision");
        unwrap(openAPI, "CaseView", "CourtDecision", "decision");
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values().forEach(OpenApiFilter::describeProblems);
        }
        dropEndpoints(openAPI);
    }

    /**
     * A Jackson tree ({@code JsonNode}, e.g. a finding's history before and after) comes out as an array without
     * items, which client generators refuse: it may hold any JSON.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getType() == Schema.SchemaType.ARRAY && schema.getItems() == null && schema.getRef() == null) {
            schema.setType(null);
            schema.setDescription(schema.getDescription() != null ? schema.getDescription() : "Any JSON value");
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            clearAnnotationDefaults(schema);
        }
        return schema;
    }

    /**
     * An enum described by {@code @Schema(enumeration = ...)} (the values Jackson writes, not the Java names) comes
     * out with every attribute of the annotation at its default (maxProperties: 0, minLength: 0, ...), which would
     * forbid what it allows: an enum of strings needs none of them.
     */
    private static void clearAnnotationDefaults(Schema schema) {
        schema.setMaxProperties(null);
        schema.setMinProperties(null);
        schema.setMinLength(null);
        schema.setUniqueItems(null);
        schema.setExclusiveMaximum(null);
        schema.setExclusiveMinimum(null);
        schema.setNullable(null);
        schema.setReadOnly(null);
        schema.setWriteOnly(null);
        schema.setDeprecated(null);
    }

    /**
     * A view that writes a record's fields at its own level ({@code @JsonUnwrapped}, e.g. ProvisionView) is scanned
     * as if the record were one nested property: describe it as what is served, the record's schema plus the rest.
     */
    private static void unwrap(OpenAPI openAPI, String view, String record, String property) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Schema schema = schemas == null ? null : schemas.get(view);
        if (schema == null || schema.getProperties() == null || !schema.getProperties().containsKey(property)
                || !schemas.containsKey(record)) {
            return;
        }
        Schema rest = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
        schema.getProperties().forEach((name, value) -> {
            if (!name.equals(property)) {
                rest.addProperty(name, value);
            }
        });
        openAPI.getComponents().addSchema(view, OASFactory.createSchema().description(schema.getDescription())
                .addAllOf(OASFactory.createSchema().ref("#/components/schemas/" + record)).addAllOf(rest));
    }

    /** Every operation: a 4xx it names gets the problem body; all others are the default problem response. */
    private static void describeProblems(PathItem item) {
        for (Operation operation : item.getOperations().values()) {
            APIResponses responses = operation.getResponses();
            if (responses == null) {
                responses = OASFactory.createAPIResponses();
                operation.setResponses(responses);
            }
            for (Map.Entry<String, APIResponse> e : responses.getAPIResponses().entrySet()) {
                if ((e.getKey().startsWith("4") || e.getKey().startsWith("5")) && e.getValue().getRef() == null
                        && (e.getValue().getContent() == null || e.getValue().getContent().getMediaTypes() == null
                        || e.getValue().getContent().getMediaTypes().isEmpty())) {
                    e.getValue().setContent(problemContent());
                }
            }
            boolean hasClientError = responses.getAPIResponses().keySet().stream().anyMatch(k -> k.startsWith("4"));
            if (!hasClientError) {
                responses.addAPIResponse("400", OASFactory.createAPIResponse().ref(PROBLEM_RESPONSE_REF));
            }
            APIResponse fallback = responses.getDefaultValue();
            if (fallback != null && fallback.getContent() != null && !isProblem(fallback)) {
                // the server's "Default Response" is the success answer: name it 200
                responses.removeAPIResponse(APIResponses.DEFAULT);
                if (responses.getAPIResponses().keySet().stream().noneMatch(k -> k.startsWith("2"))) {
                    responses.addAPIResponse("200", fallback.description("OK"));
                }
            }
            if (responses.getDefaultValue() == null) {
                responses.setDefaultValue(OASFactory.createAPIResponse().ref(PROBLEM_RESPONSE_REF));
            }
        }
    }

    private static boolean isProblem(APIResponse response) {
        return response.getContent().hasMediaType(Problem.MEDIA_TYPE);
    }

    private static Content problemContent() {
        MediaType body = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, body);
    }

    private static Schema problemSchema() {
        String kinds = Arrays.stream(ProblemType.values())
                .map(t -> "- `" + t.uri() + "`: " + t.title())
                .collect(Collectors.joining("\n"));
        Schema type = OASFactory.createSchema().type(Schema.SchemaType.STRING)
                .description("What kind of problem; stable, decide on this (never on detail):\n" + kinds)
                .enumeration(Arrays.stream(ProblemType.values()).map(t -> (Object) t.uri()).toList());
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("An error answer (RFC 9457 problem detail)")
                .addProperty("type", type)
                .addProperty("title", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("The HTTP status in words"))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER)
                        .description("The HTTP status code"))
                .addProperty("detail", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("What went wrong, for people; may change between versions"))
                .required(List.of("type", "title", "status"));
    }

    /**
     * Payara Micro 6 adds a top-level {@code endpoints} list that is not OpenAPI (a struct error for client tools;
     * newer Payara names it x-endpoints). It has no place in the model interface, so it is cleared by name.
     */
    private static void dropEndpoints(OpenAPI openAPI) {
        try {
            // empty, not null: the server copies the map, and leaves empty ones out of the document
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, new TreeMap<String, Object>());
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.fine(() -> "no endpoints list to drop: " + e);
        }
    }
}
