package org.lexgap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.Test;

/**
 * What a client generator needs from the resources, checked without a server: every operation has its own
 * operationId, and no path template carries a regular expression ({@code {id: [^/]+}}), which generators reject.
 * The full description is linted with redocly (README.md, "Checking the API description").
 */
class OpenApiContractTest {

    private static final List<Class<?>> RESOURCES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.lexgap").stream()
            .filter(c -> c.isAnnotatedWith(Path.class))
            .map(JavaClass::reflect)
            .collect(Collectors.toList());

    @Test
    void everyOperationHasAUniqueOperationIdNamedAfterWhatItDoes() {
        Map<String, List<String>> byId = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (Class<?> resource : RESOURCES) {
            for (Method method : operations(resource)) {
                String where = resource.getSimpleName() + "." + method.getName();
                Operation operation = method.getAnnotation(Operation.class);
                if (operation == null || operation.operationId().isBlank()) {
                    missing.add(where);
                } else {
                    byId.computeIfAbsent(operation.operationId(), k -> new ArrayList<>()).add(where);
                }
            }
        }
        assertTrue(RESOURCES.size() > 10, "resources found: " + RESOURCES);
        assertEquals(List.of(), missing, "operations without an operationId");
        assertEquals(Map.of(), byId.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "operationIds used twice");
        assertTrue(byId.keySet().stream().allMatch(id -> id.matches("[a-z][A-Za-z]+")), byId.keySet().toString());
    }

    @Test
    void noPathTemplateCarriesARegularExpression() {
        List<String> paths = new ArrayList<>();
        for (Class<?> resource : RESOURCES) {
            paths.add(resource.getAnnotation(Path.class).value());
            for (Method method : resource.getMethods()) {
                if (method.isAnnotationPresent(Path.class)) {
                    paths.add(resource.getSimpleName() + ": " + method.getAnnotation(Path.class).value());
                }
            }
        }
        List<String> withRegex = paths.stream().filter(p -> p.matches(".*\\{[^}]*:.*")).toList();
        assertEquals(List.of(), withRegex);
    }

    @Test
    void aProvisionIsAddressedByTwoPathSegments() throws NoSuchMethodException {
        Class<?> provisions = RESOURCES.stream().filter(c -> c.getSimpleName().equals("ProvisionsResource"))
                .findFirst().orElseThrow();
        Method get = provisions.getMethod("get", String.class, String.class);
        assertEquals("{instrument}/{local}", get.getAnnotation(Path.class).value());
    }

    @Test
    void everyProblemTypeHasItsOwnStableUri() {
        Set<String> uris = Stream.of(ProblemType.values()).map(ProblemType::uri).collect(Collectors.toSet());
        assertEquals(ProblemType.values().length, uris.size());
        assertFalse(uris.contains("about:blank"));
        assertTrue(uris.stream().allMatch(u -> u.matches("urn:lexgap:problem:[a-z-]+")), uris.toString());
        assertEquals(ProblemType.NOT_FOUND, ProblemType.of("urn:lexgap:problem:not-found").orElseThrow());
        assertEquals(ProblemType.NO_ENDPOINT, ProblemType.forStatus(404));
        assertEquals(ProblemType.NO_ENDPOINT, ProblemType.forStatus(405));
        assertEquals(ProblemType.SERVER_ERROR, ProblemType.forStatus(500));
    }

    private static List<Method> operations(Class<?> resource) {
        return Stream.of(resource.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(GET.class) || m.isAnnotationPresent(POST.class)
                        || m.isAnnotationPresent(PUT.class) || m.isAnnotationPresent(DELETE.class))
                .toList();
    }
}
