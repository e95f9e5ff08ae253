package org.lexgap.report.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.lexgap.config.Defaults;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.report.control.ReportRenderer;
import org.lexgap.report.control.ReportService;
import org.lexgap.report.entity.CountryReport;
import org.lexgap.report.entity.ReportFormat;

/** A country's gap report as a download: PDF, HTML, CSV or JSON. */
@Path("countries/{cc}/report")
@RequestScoped
public class CountryReportsResource {

    static final String DEFAULT_CHECKLIST = Defaults.CHECKLIST;

    @Inject
    ReportService reports;

    @GET
    @Produces({"application/pdf", "text/html", "text/csv", "application/json"})
    @Operation(operationId = "getCountryReport", summary = "A State's gap report; format=pdf (default), html, csv or json")
    public Response report(@PathParam("cc") String code,
                           @QueryParam("format") @DefaultValue("pdf") String format,
                           @QueryParam("checklist") @DefaultValue(DEFAULT_CHECKLIST) String checklist) {
        ReportFormat f = ReportRequests.format(format, EnumSet.allOf(ReportFormat.class));
        Corpus corpus = reports.corpus();
        CountryReport report = reports.country(ReportRequests.country(corpus, code),
                ReportRequests.checklist(corpus, checklist));
        return ReportRequests.download(ReportRenderer.render(report, f), f, report.baseName());
    }
}
