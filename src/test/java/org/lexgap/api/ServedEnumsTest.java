package org.lexgap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import org.lexgap.json.Mappers;

/**
 * The API description lists, for every enum the API writes under other names than its Java constants (through
 * {@code @JsonProperty} or {@code @JsonValue}), the values actually written, so that a generated client reads
 * them: its {@code @Schema(enumeration)} must be exactly what Jackson writes, in order.
 */
class ServedEnumsTest {

    private static final List<Class<?>> ENUMS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.lexgap").stream()
            .filter(JavaClass::isEnum)
            .map(JavaClass::reflect)
            .toList();

    private static List<String> written(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(k -> Mappers.json().convertValue(k, String.class)).toList();
    }

    private static List<String> names(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(k -> ((Enum<?>) k).name()).toList();
    }

    @Test
    void everyEnumWrittenUnderOtherNamesDescribesTheValuesWritten() {
        Map<String, String> wrong = new LinkedHashMap<>();
        List<String> described = new ArrayList<>();
        for (Class<?> type : ENUMS) {
            Schema schema = type.getAnnotation(Schema.class);
            List<String> written = written(type);
            if (written.equals(names(type)) && schema == null) {
                continue;
            }
            described.add(type.getSimpleName());
            List<String> listed = schema == null ? List.of() : List.of(schema.enumeration());
            if (!listed.equals(written)) {
                wrong.put(type.getName(), "describes " + listed + ", writes " + written);
            }
        }
        assertTrue(described.contains("TextStatus") && described.contains("Level"), described.toString());
        assertEquals(Map.of(), wrong);
    }
}
