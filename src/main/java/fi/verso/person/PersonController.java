package fi.verso.person;

import fi.verso.organisation.Organisation;
import fi.verso.shared.security.AccessControl;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.Actor;
import fi.verso.shared.security.CurrentActor;
import fi.verso.shared.security.RequiresAction;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

@Controller
public class PersonController {
  private final People people;
  private final Organisation organisation;
  private final AccessControl access;

  PersonController(People people, Organisation organisation, AccessControl access) {
    this.people = people;
    this.organisation = organisation;
    this.access = access;
  }

  @GetMapping("/employee/people/{id}")
  @RequiresAction(Action.PERSON_VIEW)
  String person(@PathVariable UUID id, Model model) {
    Actor actor = CurrentActor.get();
    return show(id, actor, false, model);
  }

  /** Reveals a protected address: a deliberate act (a POST), permitted to fewer people, and logged as such. */
  @PostMapping("/employee/people/{id}/address")
  @RequiresAction(Action.PERSON_PROTECTED_ADDRESS_VIEW)
  String revealAddress(@PathVariable UUID id, Model model) {
    return show(id, CurrentActor.get(), true, model);
  }

  private String show(UUID id, Actor actor, boolean reveal, Model model) {
    People.PersonRecord record =
        people
            .view(organisation.currentCounty().id(), id, actor, reveal)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute(
        "page", new PersonPage(record, reveal, access.isPermitted(actor, Action.PERSON_PROTECTED_ADDRESS_VIEW)));
    return "person/person";
  }

  public record PersonPage(People.PersonRecord record, boolean revealed, boolean mayReveal) {}
}
