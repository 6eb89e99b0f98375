package fi.verso.accesslog;

import fi.verso.organisation.Organisation;
import fi.verso.shared.security.AccessTarget;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.CurrentActor;
import fi.verso.shared.security.RequiresAction;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The county's access log for the administrator: the latest rows, or every row about one person. */
@Controller
public class AccessLogController {
  static final int LATEST = 200;
  private final AccessLog accessLog;
  private final Organisation organisation;

  AccessLogController(AccessLog accessLog, Organisation organisation) {
    this.accessLog = accessLog;
    this.organisation = organisation;
  }

  @GetMapping("/employee/access-log")
  @RequiresAction(Action.ACCESS_LOG_READ)
  String log(@RequestParam(name = "person", required = false) String person, Model model) {
    UUID personId = parse(person);
    UUID countyId = organisation.currentCounty().id();
    List<AccessLogView.Row> rows =
        accessLog.readForSupervision(
            CurrentActor.get(),
            countyId,
            personId,
            LATEST,
            AccessTarget.of("access_log", personId == null ? "latest" : personId.toString()));
    model.addAttribute("page", new AccessLogPage(person == null ? "" : person, personId == null && person != null && !person.isBlank(), rows));
    return "accesslog/log";
  }

  public record AccessLogPage(String person, boolean invalidPerson, List<AccessLogView.Row> rows) {}

  private static UUID parse(String text) {
    try {
      return text == null || text.isBlank() ? null : UUID.fromString(text.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
