package org.lexgap.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.lexgap.json.Mappers;

/**
 * The error page of the WAR (WEB-INF/web.xml): what the container answers itself, outside JAX-RS, as
 * application/problem+json with the status the container chose. Asked for directly, it is a 404.
 */
@WebServlet(name = "lexgap-problem-page", urlPatterns = "/problem")
public class ProblemPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer c && c >= 400 && c <= 599 ? c : 404;
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Error" : type.getReasonPhrase();
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        Mappers.json().writeValue(response.getOutputStream(), Problem.of(ProblemType.forStatus(status), status, title,
                ProblemMapper.describe(status)));
    }
}
