package org.lexgap.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.lexgap.api.Problem;
import org.lexgap.api.ProblemType;
import org.lexgap.api.ProblemException;
import org.lexgap.config.ConfigKeys;
import org.lexgap.security.control.Accounts;
import org.lexgap.security.control.SignInThrottle;
import org.lexgap.security.entity.Credentials;
import org.lexgap.security.entity.IssuedToken;
import org.lexgap.security.entity.User;

/** Sign-in: user name and password for a bearer token; attempts are limited ({@link SignInThrottle}). */
@Path("auth")
@RequestScoped
public class AuthResource {

    @Inject
    Accounts accounts;

    @Context
    HttpServletRequest servletRequest;

    @Inject
    @ConfigProperty(name = ConfigKeys.AUTH_TRUSTED_PROXIES)
    Optional<String> trustedProxies;

    @POST
    @Path("token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "signIn", summary = "Sign in: {username, password} -> {token}; send it as Authorization: Bearer <token>")
    public Response token(Credentials credentials) {
        if (credentials == null || credentials.username() == null || credentials.password() == null) {
            throw ProblemException.badRequest("Send {\"username\": ..., \"password\": ...}.");
        }
        String address = ClientAddress.of(servletRequest.getRemoteAddr(), servletRequest.getHeader("X-Forwarded-For"),
                ClientAddress.parse(trustedProxies.orElse(null)));
        // the attempt is counted before the password is checked: parallel attempts cannot pass the limit
        SignInThrottle throttle = accounts.throttle();
        SignInThrottle.Decision decision = throttle.attempt(credentials.username(), address);
        if (!decision.allowed()) {
            long seconds = Math.max(1, decision.retryAfter().toSeconds() + 1);
            return Response.fromResponse(Problem.response(ProblemType.RATE_LIMITED, 429, "Too Many Requests", "Too many sign-in attempts; "
                    + "try again in " + seconds + " s.")).header("Retry-After", seconds).build();
        }
        Optional<User> user = accounts.users().authenticate(credentials.username(),
                credentials.password().toCharArray());
        if (user.isEmpty()) {
            return Problem.response(ProblemType.UNAUTHORIZED, Response.Status.UNAUTHORIZED, "Wrong user name or password.");
        }
        throttle.succeeded(credentials.username(), address);
        IssuedToken token = accounts.tokens().issue(user.get());
        return Response.ok(token).header("Cache-Control", "no-store").build();
    }

    @DELETE
    @Path("token")
    @Operation(operationId = "revokeToken", summary = "Sign out: revokes the bearer token sent (on every node at once); 204 also when it was "
            + "unknown or expired")
    public Response revoke(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ProblemException.badRequest("Send the token to revoke as Authorization: Bearer <token>.");
        }
        accounts.tokens().revoke(authorization.substring(7).strip());
        return Response.noContent().build();
    }
}
