package org.lexgap.report.boundary;

import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lexgap.api.CountryParams;
import org.lexgap.api.ProblemException;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.control.CountryProfile;
import org.lexgap.corpus.entity.Checklist;
import org.lexgap.report.entity.ReportFormat;

/** Reads the parameters of report requests; anything wrong becomes a 400 (or 404) problem with a clear message. */
final class ReportRequests {

    /** At most this many countries in one comparison or zip. */
    static final int MAX_COUNTRIES = 200;

    private ReportRequests() {
    }

    static ReportFormat format(String name, Set<ReportFormat> allowed) {
        return ReportFormat.parse(name).filter(allowed::contains).orElseThrow(() -> ProblemException.badRequest(
                "Unknown report format '" + shown(name) + "'; use one of " + allowed.stream()
                        .map(ReportFormat::extension).sorted().toList() + "."));
    }

    static CountryProfile country(Corpus corpus, String code) {
        String cc = CountryParams.parse(code).value();
        return corpus.country(cc).orElseThrow(() ->
                ProblemException.notFound("No profile for country '" + cc + "' in the corpus. See /api/countries."));
    }

    /** The countries named (comma-separated, in that order, without repeats), or all when none is named. */
    static List<CountryProfile> countries(Corpus corpus, String codes) {
        List<CountryProfile> selected = codes == null || codes.isBlank() ? List.copyOf(corpus.countries())
                : Arrays.stream(codes.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .map(s -> s.toUpperCase(Locale.ROOT)).distinct().map(c -> country(corpus, c)).toList();
        if (selected.size() > MAX_COUNTRIES) {
            throw ProblemException.badRequest("At most " + MAX_COUNTRIES + " countries at once.");
        }
        return selected;
    }

    static Checklist checklist(Corpus corpus, String id) {
        return corpus.checklist(id).orElseThrow(() ->
                ProblemException.notFound("No checklist with id '" + shown(id) + "'. See /api/checklists."));
    }

    static Response download(Object entity, ReportFormat format, String baseName) {
        return Response.ok(entity, format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + baseName + "." + format.extension() + "\"")
                .build();
    }

    private static String shown(String value) {
        String text = value == null ? "" : value.length() > 20 ? value.substring(0, 20) + "…" : value;
        return text.replaceAll("\\p{Cntrl}", "?");
    }
}
