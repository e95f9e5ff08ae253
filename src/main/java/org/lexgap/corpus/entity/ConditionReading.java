package org.lexgap.corpus.entity;

import java.util.List;
import java.util.Map;

/**
 * What a provision shows of one criterion's conditions, as whoever read the law recorded it: the conditions it
 * meets, and those it shows missing or limited, each with a short reason in our own words.
 */
public record ConditionReading(List<String> meets, Map<String, String> lacks) {

    public ConditionReading {
        meets = meets == null ? List.of() : List.copyOf(meets);
        lacks = lacks == null ? Map.of() : Map.copyOf(lacks);
    }
}
