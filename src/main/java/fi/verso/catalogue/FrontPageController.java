package fi.verso.catalogue;

import fi.verso.organisation.County;
import fi.verso.organisation.Organisation;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.RequiresAction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public front page: help in acute danger first, then the ways to reach the county, then services. */
@Controller
public class FrontPageController {
  private final Organisation organisation;

  FrontPageController(Organisation organisation) {
    this.organisation = organisation;
  }

  @GetMapping("/")
  @RequiresAction(Action.PUBLIC_PAGE_VIEW)
  String front(Model model) {
    model.addAttribute("page", new FrontPage(organisation.currentCounty()));
    return "catalogue/front";
  }

  public record FrontPage(County county) {}
}
