package org.lexgap.corpus.control;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Map;

/**
 * A YAML document read into a tree, with the line each value starts on, keyed by JSON pointer
 * ({@code /provisions/3/criteria/1}), so that every error can name its line.
 */
public final class LocatedYaml {

    private static final YAMLFactory FACTORY = new YAMLFactory();

    private final JsonNode root;
    private final Map<String, Integer> lines;

    private LocatedYaml(JsonNode root, Map<String, Integer> lines) {
        this.root = root;
        this.lines = lines;
    }

    public JsonNode root() {
        return root;
    }

    /** The line of the value at a pointer, or of its nearest ancestor that has one (1 for the document). */
    public int lineOf(String pointer) {
        String p = pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 1;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** Reads one YAML document; duplicate keys are an error, as YAML requires. */
    public static LocatedYaml read(Reader reader) throws IOException, CorpusFormatException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(reader)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new CorpusFormatException(1, "the file is empty");
            }
            JsonNode root = readValue(parser, "", lines);
            return new LocatedYaml(root, lines);
        }
    }

    private static JsonNode readValue(JsonParser parser, String pointer, Map<String, Integer> lines)
            throws IOException, CorpusFormatException {
        int line = parser.currentTokenLocation().getLineNr();
        lines.put(pointer, line);
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (parser.currentToken()) {
            case START_OBJECT: {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    String child = pointer + "/" + escape(name);
                    int keyLine = parser.currentTokenLocation().getLineNr();
                    if (object.has(name)) {
                        throw new CorpusFormatException(keyLine, "duplicate key '" + name + "'");
                    }
                    parser.nextToken();
                    object.set(name, readValue(parser, child, lines));
                    lines.put(child, keyLine);
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = nodes.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readValue(parser, pointer + "/" + index++, lines));
                }
                return array;
            }
            case VALUE_NULL:
                return nodes.nullNode();
            default:
                // scalars stay text: dates, numbers and booleans are typed when the tree is bound
                return scalar(parser);
        }
    }

    private static JsonNode scalar(JsonParser parser) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (parser.currentToken()) {
            case VALUE_TRUE -> nodes.booleanNode(true);
            case VALUE_FALSE -> nodes.booleanNode(false);
            case VALUE_NUMBER_INT -> nodes.numberNode(parser.getLongValue());
            case VALUE_NUMBER_FLOAT -> nodes.textNode(parser.getText());
            default -> nodes.textNode(parser.getText());
        };
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
