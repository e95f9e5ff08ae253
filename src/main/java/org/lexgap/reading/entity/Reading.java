package org.lexgap.reading.entity;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a text's own words express: per paragraph, the concepts found in it (a narrower concept counts as its
 * broader ones too), and where the first word of each stands.
 *
 * @param heading the concepts of the heading, which count with every paragraph
 * @param found paragraph index to concept id to the offset (in the paragraph's text) where it was first found
 */
public record Reading(String language, Set<String> heading, List<Paragraph> paragraphs,
                      Map<Integer, Map<String, Integer>> found) {

    /** The concepts of one paragraph, heading included. */
    public Set<String> conceptsOf(int paragraph) {
        Set<String> all = new java.util.HashSet<>(heading);
        all.addAll(found.getOrDefault(paragraph, Map.of()).keySet());
        return all;
    }

    /** Every concept of the text, heading included. */
    public Set<String> concepts() {
        Set<String> all = new java.util.HashSet<>(heading);
        found.values().forEach(m -> all.addAll(m.keySet()));
        return all;
    }

    /** How far into its first paragraph a general rule names its subject ("Est complice …", "Whoever attempts …"). */
    public static final int LEAD = 40;

    /**
     * The concepts a general rule names as its subject: those of the heading, and those standing at the very start
     * of the first paragraph of its text (the paragraph after a heading line).
     */
    public Set<String> lead() {
        Set<String> all = new java.util.HashSet<>(heading);
        int first = !paragraphs.isEmpty() && paragraphs.size() > 1
                && found.getOrDefault(0, Map.of()).keySet().stream().allMatch(heading::contains) ? 1 : 0;
        if (first < paragraphs.size()) {
            found.getOrDefault(first, Map.of()).forEach((concept, offset) -> {
                if (offset < LEAD) {
                    all.add(concept);
                }
            });
        }
        return all;
    }

    /** The offset in a paragraph where a concept was first found, or -1 (e.g. when only the heading has it). */
    public int offsetIn(int paragraph, String concept) {
        return found.getOrDefault(paragraph, Map.of()).getOrDefault(concept, -1);
    }
}
