package org.lexgap.search.control;

import java.util.List;

/**
 * A court decision or a monitoring-body observation as the index holds it, beside the provisions: searched in the
 * same fields (heading, summary, citation), filtered by State, criterion and kind.
 *
 * @param group the unit the index replaces whole ({@code cases/<id>}, {@code observations/<CC>})
 * @param kind {@link SearchFields#KIND_CASE} or {@link SearchFields#KIND_OBSERVATION}
 * @param jurisdiction the State it concerns
 * @param topics the concepts of the provisions it names, so that concept queries find it too
 * @param heading what a hit is called (the case name; the body and document)
 * @param citation court, date and number; document and paragraph
 */
public record IndexedRecord(String id, String group, String kind, String jurisdiction, List<String> criteria,
                            List<String> topics, String heading, String summary, String citation, String source,
                            boolean verified) {
}
