package org.lexgap.search.control;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.lexgap.corpus.entity.Provision;
import org.lexgap.country.CountryCode;
import org.lexgap.search.entity.SearchRequest;

/** Checks a search request's parameters and turns its filters into index field values. */
public final class SearchRequests {

    /** How deep paging may go (page × size). */
    public static final int MAX_DEPTH = 10_000;
    private static final Pattern DOCUMENT = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
    private static final Pattern CRITERION = Pattern.compile("[A-Z][A-Z0-9-]{0,63}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private SearchRequests() {
    }

    /** The filters of a request, field to value; a {@link QueryException} for a malformed one. */
    public static Map<String, String> filters(SearchRequest r) {
        if (r.page() < 1) {
            throw new QueryException("page must be 1 or more.");
        }
        if (r.size() < 1 || r.size() > SearchRequest.MAX_SIZE) {
            throw new QueryException("size must be between 1 and " + SearchRequest.MAX_SIZE + ".");
        }
        if ((long) r.page() * r.size() > MAX_DEPTH) {
            throw new QueryException("Results beyond the first " + MAX_DEPTH + " are not served; refine the query.");
        }
        Map<String, String> filters = new LinkedHashMap<>();
        if (present(r.country())) {
            String country = r.country().strip();
            String value = Provision.INTERNATIONAL.equalsIgnoreCase(country) ? Provision.INTERNATIONAL
                    : CountryCode.parse(country).map(CountryCode::value).orElseThrow(() -> new QueryException(
                            "country: " + CountryCode.refusal(country) + " (or 'international')"));
            filters.put(SearchFields.JURISDICTION, value);
        }
        put(filters, SearchFields.DOCUMENT, r.instrument(), DOCUMENT, "instrument must be a document id such as cets-216.");
        put(filters, SearchFields.CRITERION, r.criterion(), CRITERION, "criterion must be a criterion id such as JUR-EXTRATERRITORIAL.");
        put(filters, SearchFields.LANGUAGE, lower(r.language()), LANGUAGE, "lang must be a language code such as de.");
        if (present(r.kind())) {
            String kind = r.kind().strip().toLowerCase(Locale.ROOT);
            if (!SearchFields.KINDS.contains(kind)) {
                throw new QueryException("kind must be one of " + String.join(", ", SearchFields.KINDS) + ".");
            }
            filters.put(SearchFields.KIND, kind);
        }
        return filters;
    }

    private static void put(Map<String, String> filters, String field, String value, Pattern form, String message) {
        if (present(value)) {
            if (!form.matcher(value.strip()).matches()) {
                throw new QueryException(message);
            }
            filters.put(field, value.strip());
        }
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
