package org.lexgap.security.boundary;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import org.lexgap.api.Problem;
import org.lexgap.api.ProblemType;

/** Enforces {@link RequiresRole}: 401 (with WWW-Authenticate: Bearer) when anonymous, 403 for another role. */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        RequiresRole required = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(RequiresRole.class);
        if (required == null && resource.getResourceClass() != null) {
            required = resource.getResourceClass().getAnnotation(RequiresRole.class);
        }
        if (required == null) {
            return;
        }
        SecurityContext security = request.getSecurityContext();
        String role = required.value().code();
        if (security.getUserPrincipal() == null) {
            Object why = servletRequest == null ? null : servletRequest.getAttribute(BearerAuthentication.TOKEN_PROBLEM);
            Response problem = Problem.response(ProblemType.UNAUTHORIZED, Response.Status.UNAUTHORIZED, "Sign in first: this needs the role '"
                    + role + "'" + (why == null ? "; send Authorization: Bearer <token> from POST /api/auth/token"
                    : "; " + why) + ".");
            request.abortWith(Response.fromResponse(problem)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"lexgap\"").build());
        } else if (!security.isUserInRole(role)) {
            request.abortWith(Problem.response(ProblemType.FORBIDDEN, Response.Status.FORBIDDEN, "'"
                    + security.getUserPrincipal().getName() + "' may not do this: it needs the role '" + role + "'."));
        }
    }
}
