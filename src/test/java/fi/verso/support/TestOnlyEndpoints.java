package fi.verso.support;

import fi.verso.shared.security.Action;
import fi.verso.shared.security.RequiresAction;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Endpoints that exist only in tests (found by component scanning from the test classpath): one that fails,
 * for the error page, and one only an administrator may use, for denials, until real pages provide both.
 */
@Controller
public class TestOnlyEndpoints {
  public static final String FAILING = "/test-only/failing";
  public static final String ACCESS_LOG_READ_ONLY = "/employee/test-only/access-log-read";

  @GetMapping(FAILING)
  @RequiresAction(Action.PUBLIC_PAGE_VIEW)
  String failing() {
    throw new IllegalStateException("Deliberate failure: the error page must not show this");
  }

  @GetMapping(ACCESS_LOG_READ_ONLY)
  @RequiresAction(Action.ACCESS_LOG_READ)
  @ResponseBody
  String accessLogReadOnly() {
    return "permitted";
  }
}
