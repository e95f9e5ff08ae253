package org.lexgap.search.control;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lexgap.json.Mappers;

/**
 * The two judged sets over the shipped corpus.
 *
 * <ul>
 * <li>{@link #TAGGED}: judgments taken from the corpus's own topic tags (binary, gain 1), condensed to one
 * pool for all queries ({@code judged-pool.txt}, the provisions of the corpus when it was judged);</li>
 * <li>{@link #READ}: judgments made by reading the provisions' words (graded 2/1), each query with its own
 * pool of judged provisions.</li>
 * </ul>
 */
public final class JudgedSets {

    public static final Path TAGGED = Path.of("src/test/resources/search/judged-queries.yaml");
    public static final Path READ = Path.of("src/test/resources/search/judged-queries-read.yaml");

    private JudgedSets() {
    }

    public static List<JudgedQuery> tagged() {
        Set<String> pool = taggedPool();
        List<JudgedQuery> out = new ArrayList<>();
        for (JsonNode q : root(TAGGED).get("queries")) {
            Map<String, Integer> grades = new HashMap<>();
            q.get("relevant").forEach(r -> grades.put(r.asText(), 1));
            String type = q.get("type").asText();
            String language = q.has("language") ? q.get("language").asText() : type.length() == 2 ? type : "en";
            out.add(new JudgedQuery(q.get("query").asText(), type, language, grades,
                    poolWith(pool, grades.keySet())));
        }
        return out;
    }

    public static List<JudgedQuery> read() {
        List<JudgedQuery> out = new ArrayList<>();
        for (JsonNode q : root(READ).get("queries")) {
            Map<String, Integer> grades = new HashMap<>();
            Set<String> pool = new HashSet<>();
            JsonNode g = q.get("grades");
            if (g != null) {
                g.fields().forEachRemaining(e -> grades.put(e.getKey(), e.getValue().asInt()));
            }
            JsonNode p = q.get("pool");
            if (p != null) {
                p.forEach(id -> pool.add(id.asText()));
            }
            pool.addAll(grades.keySet());
            out.add(new JudgedQuery(q.get("query").asText(), q.get("type").asText(), q.get("language").asText(),
                    grades, pool));
        }
        return out;
    }

    /** The provisions that existed when the tagged set was judged. */
    private static Set<String> taggedPool() {
        try {
            return Set.copyOf(Files.readAllLines(TAGGED.resolveSibling("judged-pool.txt")).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> poolWith(Set<String> pool, Set<String> relevant) {
        Set<String> all = new HashSet<>(pool);
        all.addAll(relevant);
        return all;
    }

    private static JsonNode root(Path file) {
        try {
            return Mappers.yaml().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
