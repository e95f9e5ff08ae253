package org.lexgap.security.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.lexgap.security.control.Accounts;
import org.lexgap.security.entity.Role;
import org.lexgap.security.entity.User;
import org.lexgap.store.StoreException;

/**
 * Jakarta Security authentication by {@code Authorization: Bearer <token>}. Without a header the request stays
 * anonymous (reading needs no account); with an unknown or expired token it stays anonymous too, and
 * {@link AccessFilter} tells why when the resource needs a role.
 */
@ApplicationScoped
@DeclareRoles({Role.READER_NAME, Role.REVIEWER_NAME, Role.ADMIN_NAME})
public class BearerAuthentication implements HttpAuthenticationMechanism {

    /** Request attribute set when a token was sent but is not valid. */
    static final String TOKEN_PROBLEM = "lexgap.auth.problem";
    private static final Logger LOG = Logger.getLogger(BearerAuthentication.class.getName());
    private static final String PREFIX = "bearer ";

    @Inject
    Accounts accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            return context.doNothing();
        }
        if (header.length() <= PREFIX.length() || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            request.setAttribute(TOKEN_PROBLEM, "the Authorization header must be 'Bearer <token>'; "
                    + "get a token from POST /api/auth/token");
            return context.doNothing();
        }
        Optional<User> user;
        try {
            user = accounts.tokens().resolve(header.substring(PREFIX.length()).strip());
        } catch (StoreException e) {
            LOG.log(Level.SEVERE, "lexgap: token check failed: " + e.getMessage());
            request.setAttribute(TOKEN_PROBLEM, "the token could not be checked (the store is unavailable)");
            return context.doNothing();
        }
        if (user.isEmpty()) {
            request.setAttribute(TOKEN_PROBLEM, "the token is unknown or expired; sign in again at POST /api/auth/token");
            return context.doNothing();
        }
        return context.notifyContainerAboutLogin(user.get().username(), Set.of(user.get().role().code()));
    }
}
