package org.lexgap.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.lexgap.api.LexgapApplication;
import org.lexgap.api.ProblemException;
import org.lexgap.api.ProblemType;
import org.lexgap.security.control.AccountException;
import org.lexgap.security.control.Accounts;
import org.lexgap.security.entity.NewUser;
import org.lexgap.security.entity.Role;
import org.lexgap.security.entity.User;

/** User management, for admins. */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    Accounts accounts;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.ADMIN)
    @SecurityRequirement(name = LexgapApplication.BEARER)
    @Operation(operationId = "createUser", summary = "Create a user: {username, password, role: reader | reviewer | admin} (admin only)")
    public Response create(NewUser user) {
        if (user == null) {
            throw ProblemException.badRequest("Send {\"username\": ..., \"password\": ..., \"role\": ...}.");
        }
        try {
            User created = accounts.users().create(user.username(),
                    user.password() == null ? null : user.password().toCharArray(), user.role(),
                    security.getUserPrincipal().getName());
            return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build())
                    .entity(created).build();
        } catch (AccountException e) {
            throw e.kind() == AccountException.Kind.CONFLICT
                    ? new ProblemException(ProblemType.CONFLICT, Response.Status.CONFLICT, e.getMessage())
                    : ProblemException.badRequest(e.getMessage());
        }
    }

    @GET
    @RequiresRole(Role.ADMIN)
    @SecurityRequirement(name = LexgapApplication.BEARER)
    @Operation(operationId = "listUsers", summary = "List the users and their roles (admin only)")
    public List<User> list() {
        return accounts.users().list();
    }
}
