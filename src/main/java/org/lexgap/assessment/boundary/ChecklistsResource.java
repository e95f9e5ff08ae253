package org.lexgap.assessment.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.lexgap.api.ProblemException;
import org.lexgap.corpus.control.CorpusService;
import org.lexgap.corpus.entity.Checklist;

/** The checklists countries are scored against. */
@Path("checklists")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ChecklistsResource {

    @Inject
    CorpusService corpus;

    /** One line of the checklist list. */
    public record ChecklistSummary(String id, String version, String title, LocalDate date, long criteria) {
    }

    @GET
    @Operation(operationId = "listChecklists", summary = "List the checklists with their versions")
    public List<ChecklistSummary> list() {
        return corpus.corpus().checklists().stream().map(c -> new ChecklistSummary(c.id(), c.version(), c.title(),
                c.date(), c.criteria().count())).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getChecklist", summary = "A checklist: areas, criteria, levels, weights, legal basis, conditions and what each level requires")
    public Checklist get(@PathParam("id") String id) {
        return checklist(corpus, id);
    }

    static Checklist checklist(CorpusService corpus, String id) {
        return corpus.corpus().checklist(id).orElseThrow(() ->
                ProblemException.notFound("No checklist with id '" + id + "'. See /api/checklists."));
    }
}
