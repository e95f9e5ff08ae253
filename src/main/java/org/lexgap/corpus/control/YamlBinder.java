package org.lexgap.corpus.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lexgap.json.Mappers;

/** Reads a YAML data file into a typed record, turning every failure into a {@link CorpusError} with its line. */
final class YamlBinder {

    private YamlBinder() {
    }

    static <T> Optional<Located<T>> bind(Path file, Class<T> type, List<CorpusError> errors) {
        LocatedYaml yaml;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            yaml = LocatedYaml.read(reader);
        } catch (CorpusFormatException e) {
            errors.add(new CorpusError(file, e.line(), e.getMessage()));
            return Optional.empty();
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            errors.add(new CorpusError(file, line, "not valid YAML: " + e.getOriginalMessage()));
            return Optional.empty();
        } catch (IOException e) {
            errors.add(new CorpusError(file, 1, "cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
        if (!yaml.root().isObject()) {
            errors.add(new CorpusError(file, 1, "the document must be a mapping of fields"));
            return Optional.empty();
        }
        try {
            return Optional.of(new Located<>(Mappers.yaml().treeToValue(yaml.root(), type), file, yaml));
        } catch (JsonMappingException e) {
            String pointer = pointerOf(e);
            errors.add(new CorpusError(file, yaml.lineOf(pointer), describe(e, pointer)));
            return Optional.empty();
        } catch (JsonProcessingException e) {
            errors.add(new CorpusError(file, 1, e.getOriginalMessage()));
            return Optional.empty();
        }
    }

    private static String pointerOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? LocatedYaml.escape(ref.getFieldName())
                        : String.valueOf(ref.getIndex()))
                .map(step -> "/" + step)
                .collect(Collectors.joining());
    }

    private static String describe(JsonMappingException e, String pointer) {
        String where = pointer.isEmpty() ? "" : " at " + pointer;
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'" + where + "; allowed: "
                    + unknown.getKnownPropertyIds();
        }
        if (e instanceof InvalidFormatException bad) {
            String expected = bad.getTargetType() == null ? "another value" : simpleName(bad.getTargetType());
            return "bad value '" + bad.getValue() + "'" + where + ": expected " + expected;
        }
        if (e instanceof MismatchedInputException mismatch && e.getOriginalMessage().startsWith("Missing required")) {
            String field = e.getOriginalMessage().replaceAll(".*'([^']+)'.*", "$1");
            return "missing required field '" + field + "'" + where;
        }
        return e.getOriginalMessage() + where;
    }

    private static String simpleName(Class<?> type) {
        if (type == java.time.LocalDate.class) {
            return "a date YYYY-MM-DD";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(YamlBinder::written).toList();
        }
        return type.getSimpleName();
    }

    /** How an enum constant is written in the data: its {@code @JsonProperty} name. */
    private static String written(Object constant) {
        try {
            Enum<?> value = (Enum<?>) constant;
            JsonProperty name = value.getDeclaringClass().getField(value.name()).getAnnotation(JsonProperty.class);
            return name != null ? name.value() : constant.toString().toLowerCase().replace('_', '-');
        } catch (NoSuchFieldException e) {
            return constant.toString();
        }
    }
}
