package org.lexgap.search.entity;

import java.util.List;

/** Provisions of other instruments and jurisdictions comparable to one provision. */
public record SimilarProvisions(String id, List<SearchHit> hits) {
}
