package org.lexgap.ingest.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.lexgap.api.LexgapApplication;
import org.lexgap.ingest.control.DocumentService;
import org.lexgap.ingest.entity.ImportError;
import org.lexgap.ingest.entity.ImportException;
import org.lexgap.ingest.entity.ImportedDocument;
import org.lexgap.security.boundary.RequiresRole;
import org.lexgap.security.entity.Role;

/**
 * Official documents loaded by administrators: anyone may read them, only an admin may add, replace or delete
 * one ({@link RequiresRole} on each writing method, enforced by the security filter).
 */
@Path("documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsResource {

    @Inject
    DocumentService documents;

    @POST
    @RequiresRole(Role.ADMIN)
    @SecurityRequirement(name = LexgapApplication.BEARER)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "importDocument", summary = "Import a document (multipart: file, jurisdiction, title, citation, language, status, "
            + "validFrom, source); PDF, HTML, plain text, Akoma Ntoso, legislation.gov.uk CLML, US Code USLM, "
            + "gesetze-im-internet.de XML, Justice Canada XML or EUR-Lex Formex")
    @APIResponse(responseCode = "201", description = "Imported; the provisions found")
    @APIResponse(responseCode = "413", description = "Too large or too many pages")
    @APIResponse(responseCode = "415", description = "Not a PDF, HTML, text or known XML file, or not what it claims")
    @APIResponse(responseCode = "422", description = "Encrypted, corrupt, empty, image-only, unsafe XML or too slow")
    public Response create(List<EntityPart> parts) {
        UploadForm form = UploadForm.read(parts, documents.limits());
        ImportedDocument document = documents.create(form.fileName(), form.mediaType(), form.content(),
                form.metadata());
        return Response.created(UriBuilder.fromPath("/api/documents/{id}").build(document.id()))
                .entity(DocumentSummary.of(document)).build();
    }

    @GET
    @Operation(operationId = "listDocuments", summary = "The imported documents")
    public List<DocumentSummary> list() {
        return documents.list().stream().map(DocumentSummary::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getDocument", summary = "One imported document with the full text of its provisions")
    @APIResponse(responseCode = "404", description = "No such document")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "ImportedDocument")))
    public ImportedDocument get(@PathParam("id") String id) {
        return documents.find(id).orElseThrow(() -> unknown(id));
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "getDocumentHistory", summary = "The replaced versions of a document, oldest first")
    public List<DocumentSummary> history(@PathParam("id") String id) {
        get(id);
        return documents.history(id).stream().map(DocumentSummary::of).toList();
    }

    @PUT
    @RequiresRole(Role.ADMIN)
    @SecurityRequirement(name = LexgapApplication.BEARER)
    @Path("{id}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "replaceDocument", summary = "Replace a document by a newer version (same form as POST); the old one is kept as history")
    public DocumentSummary replace(@PathParam("id") String id, List<EntityPart> parts) {
        UploadForm form = UploadForm.read(parts, documents.limits());
        return DocumentSummary.of(documents.replace(id, form.fileName(), form.mediaType(), form.content(),
                form.metadata()));
    }

    @DELETE
    @RequiresRole(Role.ADMIN)
    @SecurityRequirement(name = LexgapApplication.BEARER)
    @Path("{id}")
    @Operation(operationId = "deleteDocument", summary = "Delete a document, its history and its provisions")
    public Response delete(@PathParam("id") String id) {
        documents.delete(id);
        return Response.noContent().build();
    }

    /** The admin check of every writing method. */

    private static ImportException unknown(String id) {
        return new ImportException(ImportError.UNKNOWN_DOCUMENT, "No imported document with id '"
                + id.replaceAll("\\p{Cntrl}", "?") + "'.");
    }
}
