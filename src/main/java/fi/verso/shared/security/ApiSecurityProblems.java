package fi.verso.shared.security;

import fi.verso.shared.api.ApiProblem;
import fi.verso.shared.api.ApiProblems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * 401 and 403 on {@code /api/**} as problem documents: a calling system gets JSON it can parse, never the
 * HTML error page meant for people.
 */
@Component
class ApiSecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {
  static final String REALM = "Verso API";

  private final ApiProblems problems;

  ApiSecurityProblems(ApiProblems problems) {
    this.problems = problems;
  }

  /** No or wrong credentials (a wrong password and an unknown user answer alike). */
  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
    ApiProblem problem = problems.problem(request, HttpStatus.UNAUTHORIZED, ApiProblem.BLANK_TYPE, "unauthorized", null);
    problems.write(request, response, problem);
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    ApiProblem problem = problems.problem(request, HttpStatus.FORBIDDEN, ApiProblem.BLANK_TYPE, "forbidden", null);
    problems.write(request, response, problem);
  }
}
