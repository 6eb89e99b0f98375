package fi.verso.shared.web;

import fi.verso.shared.api.ApiProblems;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.RequiresAction;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** Every error as a plain page in the user's language; never a stack trace. */
@Controller
public class ErrorPages implements ErrorController {
  private final ApiProblems apiProblems;

  ErrorPages(ApiProblems apiProblems) {
    this.apiProblems = apiProblems;
  }

  @RequestMapping("/error")
  @RequiresAction(Action.PUBLIC_PAGE_VIEW)
  String error(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 500;
    if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri && uri.startsWith("/api/")) {
      // Systems calling the API get a problem document for an unknown address or method too, not a page.
      apiProblems.write(request, response, apiProblems.forStatus(request, status));
      return null;
    }
    return page(status, response, model);
  }

  @RequestMapping("/error/403")
  @RequiresAction(Action.PUBLIC_PAGE_VIEW)
  String forbidden(HttpServletResponse response, Model model) {
    return page(403, response, model);
  }

  private static String page(int status, HttpServletResponse response, Model model) {
    String kind =
        switch (status) {
          case 400, 403, 404, 405, 413, 429 -> String.valueOf(status);
          default -> status >= 500 ? "500" : "400";
        };
    response.setStatus(status);
    model.addAttribute("page", new ErrorPage(status, "error." + kind + ".title", "error." + kind + ".text"));
    return "error/error";
  }

  public record ErrorPage(int status, String titleKey, String textKey) {}
}
