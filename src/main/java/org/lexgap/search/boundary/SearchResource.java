package org.lexgap.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.lexgap.api.ProblemException;
import org.lexgap.search.control.QueryException;
import org.lexgap.search.control.SearchService;
import org.lexgap.search.entity.SearchRequest;
import org.lexgap.search.entity.SearchResult;

/** Full-text search over every provision, across languages through the thesaurus. */
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    SearchService search;

    @GET
    @Operation(operationId = "searchProvisions", summary = "Search provisions: words, \"phrases\", -exclude, OR, citations (art. 10, § 18); "
            + "filters country, instrument, criterion, lang, kind (binding | soft-law | national | case | observation)")
    @APIResponse(responseCode = "400", description = "Malformed query or parameter")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "SearchResult")))
    public SearchResult search(@QueryParam("q") String q, @QueryParam("country") String country,
                               @QueryParam("instrument") String instrument, @QueryParam("criterion") String criterion,
                               @QueryParam("lang") String lang, @QueryParam("kind") String kind,
                               @QueryParam("page") @DefaultValue("1") String page,
                               @QueryParam("size") @DefaultValue("10") String size) {
        try {
            return search.search(new SearchRequest(q, country, instrument, criterion, lang, kind,
                    number("page", page), number("size", size)));
        } catch (QueryException e) {
            throw ProblemException.badRequest(e.getMessage());
        }
    }

    static int number(String name, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name + " must be a whole number.");
        }
    }
}
