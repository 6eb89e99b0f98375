package fi.verso.service;

import fi.verso.shared.security.Action;
import fi.verso.shared.security.Actor;
import fi.verso.shared.security.CurrentActor;
import fi.verso.shared.security.RequiresAction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The responsible worker's list of measures that ended and wait to be closed or renewed. */
@Controller
public class EndedMeasuresController {
  private final EndedMeasures endedMeasures;

  EndedMeasuresController(EndedMeasures endedMeasures) {
    this.endedMeasures = endedMeasures;
  }

  public record EndedPage(EndedMeasures.Ended data) {}

  @GetMapping("/employee/ended-measures")
  @RequiresAction(Action.MY_CHILDREN_VIEW)
  String list(Model model) {
    Actor.Employee actor = CurrentActor.get().asEmployee().orElseThrow();
    model.addAttribute("page", new EndedPage(endedMeasures.forResponsibleWorker(actor)));
    return "service/ended-measures";
  }
}
