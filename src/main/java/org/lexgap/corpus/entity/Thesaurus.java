package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The thesaurus of legal concepts ({@code checklists/thesaurus.yaml}). */
public record Thesaurus(@JsonProperty(required = true) List<Concept> concepts) {
}
