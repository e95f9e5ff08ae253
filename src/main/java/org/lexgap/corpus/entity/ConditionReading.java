package org.lexgap.corpus.entity;

import java.util.List;
import java.util.Map;

/**
 * What a provision shows of one criterion's conditions, as whoever read the law recorded it: the conditions it
 * meets, those it shows missing, and those it meets only in part ({@code limits}: e.g. jurisdiction over residents
 * that reaches only holders of a permanent permit), each of the last two with a short reason in our own words. A
 * limited condition is enough for level 1, never for level 2.
 */
public record ConditionReading(List<String> meets, Map<String, String> lacks, Map<String, String> limits) {

    public ConditionReading {
        meets = meets == null ? List.of() : List.copyOf(meets);
        lacks = lacks == null ? Map.of() : Map.copyOf(lacks);
        limits = limits == null ? Map.of() : Map.copyOf(limits);
    }

    public ConditionReading(List<String> meets, Map<String, String> lacks) {
        this(meets, lacks, Map.of());
    }
}
