package org.lexgap.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lexgap.json.Mappers;

/**
 * The answer key of a folder of real provisions (one provision per file): for each file, its provision number
 * and the criteria a lawyer says it gives evidence for, at which level. The key holds our own words only.
 */
final class LabelledTexts {

    record Label(@JsonProperty(required = true) String file, @JsonProperty(required = true) String number,
                 List<Claim> criteria, String notes) {

        List<Claim> claims() {
            return criteria == null ? List.of() : criteria;
        }
    }

    record Claim(@JsonProperty(required = true) String criterion, @JsonProperty(required = true) int level,
                 String why) {
    }

    private LabelledTexts() {
    }

    static Map<String, Label> read(Path file) throws IOException {
        List<Label> labels = List.of(Mappers.yaml().readValue(Files.readString(file), Label[].class));
        Map<String, Label> byFile = new LinkedHashMap<>();
        labels.forEach(l -> byFile.put(l.file(), l));
        return byFile;
    }

    /** A file of such a folder: an optional header of {@code key: value} lines, a blank line, then the text. */
    record Text(Path path, String relative, Map<String, String> header, String body) {

        String language(String fallback) {
            return header.getOrDefault("language", fallback);
        }
    }

    static Text parse(Path root, Path file) throws IOException {
        String content = Files.readString(file);
        Map<String, String> header = new LinkedHashMap<>();
        String body = content;
        int blank = content.indexOf("\n\n");
        if (blank > 0) {
            String head = content.substring(0, blank);
            boolean isHeader = head.lines().allMatch(l -> l.matches("[a-z]+: .*"));
            if (isHeader) {
                head.lines().forEach(l -> header.put(l.substring(0, l.indexOf(':')), l.substring(l.indexOf(':') + 2)));
                body = content.substring(blank + 2);
            }
        }
        return new Text(file, root.relativize(file).toString().replace('\\', '/'), header, body);
    }
}
