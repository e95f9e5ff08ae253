package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The thesaurus of legal concepts ({@code checklists/thesaurus.yaml}). */
public record Thesaurus(@JsonProperty(required = true) List<Concept> concepts) {

    /** A concept and every concept below it, however deep (through {@code broader}). */
    public Set<String> family(String conceptId) {
        Set<String> family = new LinkedHashSet<>(List.of(conceptId));
        int size;
        do {
            size = family.size();
            for (Concept c : concepts) {
                if (c.broader() != null && family.contains(c.broader())) {
                    family.add(c.id());
                }
            }
        } while (family.size() > size);
        return family;
    }
}
