package org.lexgap.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.lexgap.api.Problem;
import org.lexgap.api.ProblemException;
import org.lexgap.security.control.Accounts;
import org.lexgap.security.entity.Credentials;
import org.lexgap.security.entity.IssuedToken;
import org.lexgap.security.entity.User;

/** Sign-in: user name and password for a bearer token; failed attempts are rate-limited. */
@Path("auth")
@RequestScoped
public class AuthResource {

    @Inject
    Accounts accounts;

    @Context
    HttpServletRequest servletRequest;

    @POST
    @Path("token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in: {username, password} -> {token}; send it as Authorization: Bearer <token>")
    public Response token(Credentials credentials) {
        if (credentials == null || credentials.username() == null || credentials.password() == null) {
            throw ProblemException.badRequest("Send {\"username\": ..., \"password\": ...}.");
        }
        String userKey = "user:" + credentials.username();
        String addressKey = "address:" + servletRequest.getRemoteAddr();
        Optional<Duration> wait = accounts.limiterByUser().blocked(userKey)
                .or(() -> accounts.limiterByAddress().blocked(addressKey));
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds() + 1);
            return Response.fromResponse(Problem.response(429, "Too Many Requests", "Too many failed sign-ins; "
                    + "try again in " + seconds + " s.")).header("Retry-After", seconds).build();
        }
        Optional<User> user = accounts.users().authenticate(credentials.username(),
                credentials.password().toCharArray());
        if (user.isEmpty()) {
            accounts.limiterByUser().failed(userKey);
            accounts.limiterByAddress().failed(addressKey);
            return Problem.response(Response.Status.UNAUTHORIZED, "Wrong user name or password.");
        }
        accounts.limiterByUser().succeeded(userKey);
        IssuedToken token = accounts.tokens().issue(user.get());
        return Response.ok(token).header("Cache-Control", "no-store").build();
    }
}
