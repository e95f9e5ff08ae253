package org.lexgap.report.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.control.CountryProfile;
import org.lexgap.corpus.entity.Checklist;
import org.lexgap.report.control.BulkExport;
import org.lexgap.report.control.ReportRenderer;
import org.lexgap.report.control.ReportService;
import org.lexgap.report.entity.Comparison;
import org.lexgap.report.entity.ReportFormat;

/** Reports over several countries: the comparison, and a zip of country PDFs for trainers. */
@Path("reports")
@RequestScoped
public class ReportsResource {

    @Inject
    ReportService reports;

    @GET
    @Path("comparison")
    @Produces({"application/pdf", "text/html", "text/csv"})
    @Operation(operationId = "getComparisonReport", summary = "Countries × criteria matrix, area averages and the commonest gaps; countries=DE,ES "
            + "(default: all); format=pdf (default), html or csv")
    public Response comparison(@QueryParam("countries") String codes,
                               @QueryParam("format") @DefaultValue("pdf") String format,
                               @QueryParam("checklist") @DefaultValue(CountryReportsResource.DEFAULT_CHECKLIST)
                               String checklist) {
        ReportFormat f = ReportRequests.format(format, EnumSet.of(ReportFormat.PDF, ReportFormat.HTML,
                ReportFormat.CSV));
        Corpus corpus = reports.corpus();
        Comparison comparison = reports.comparison(ReportRequests.countries(corpus, codes),
                ReportRequests.checklist(corpus, checklist));
        return ReportRequests.download(ReportRenderer.render(comparison, f), f, comparison.baseName());
    }

    @GET
    @Path("bulk")
    @Produces("application/zip")
    @Operation(operationId = "getBulkReports", summary = "A zip of the PDF reports of the countries named (default: all), streamed")
    public Response bulk(@QueryParam("countries") String codes,
                         @QueryParam("checklist") @DefaultValue(CountryReportsResource.DEFAULT_CHECKLIST)
                         String checklist) {
        Corpus corpus = reports.corpus();
        List<CountryProfile> countries = ReportRequests.countries(corpus, codes);
        Checklist list = ReportRequests.checklist(corpus, checklist);
        // the first report is made before the answer starts: a failure is a problem, not a truncated zip
        BulkExport export = new BulkExport(countries.stream().map(CountryProfile::code).toList(),
                code -> reports.country(corpus.country(code).orElseThrow(), list), BulkExport.Progress.NONE)
                .prepare();
        StreamingOutput zip = export::write;
        return Response.ok(zip, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"lexgap-reports-" + list.id() + "-"
                        + list.version() + ".zip\"")
                .build();
    }
}
