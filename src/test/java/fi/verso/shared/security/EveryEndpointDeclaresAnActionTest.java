package fi.verso.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verso.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/** Access is declared on every handler: one without {@link RequiresAction} would be refused at run time. */
@IntegrationTest
class EveryEndpointDeclaresAnActionTest {
  @Autowired List<RequestMappingInfoHandlerMapping> mappings;

  @Test
  void everyHandlerMethodOfOursDeclaresAnAction() {
    List<String> undeclared =
        ours().entrySet().stream()
            .filter(e -> !e.getValue().hasMethodAnnotation(RequiresAction.class))
            .map(e -> e.getValue().getShortLogMessage() + " " + e.getKey())
            .sorted()
            .toList();
    assertThat(undeclared).as("handler methods without @RequiresAction").isEmpty();
  }

  @Test
  void theWalkSeesTheApplicationsHandlers() {
    assertThat(ours().values())
        .extracting(h -> h.getBeanType().getSimpleName() + "." + h.getMethod().getName())
        .contains("LoginController.login", "EmployeeHomeController.home", "ErrorPages.error");
  }

  private Map<RequestMappingInfo, HandlerMethod> ours() {
    return mappings.stream()
        .flatMap(m -> m.getHandlerMethods().entrySet().stream())
        .filter(e -> e.getValue().getBeanType().getPackageName().startsWith("fi.verso"))
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
  }
}
