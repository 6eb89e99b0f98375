package fi.verso.catalogue;

import fi.verso.organisation.County;
import fi.verso.organisation.Organisation;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.RequiresAction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The accessibility statement that digital public services must publish (Laki digitaalisten palvelujen
 * tarjoamisesta 306/2019), with the feedback channel and the supervising authority.
 */
@Controller
public class AccessibilityStatementController {
  private final Organisation organisation;

  AccessibilityStatementController(Organisation organisation) {
    this.organisation = organisation;
  }

  @GetMapping("/accessibility")
  @RequiresAction(Action.PUBLIC_PAGE_VIEW)
  String statement(Model model) {
    model.addAttribute("page", new StatementPage(organisation.currentCounty()));
    return "catalogue/accessibility";
  }

  public record StatementPage(County county) {}
}
