package fi.verso.catalogue;

import fi.verso.organisation.County;
import fi.verso.organisation.Municipality;
import fi.verso.organisation.Organisation;
import fi.verso.shared.i18n.I18nConfig;
import fi.verso.shared.i18n.UiLanguage;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.RequiresAction;
import jakarta.servlet.http.HttpServletRequest;
import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public side of the catalogue: the front page (help in acute danger first, then the ways to reach
 * the county, then its services) and the page of each service.
 */
@Controller
public class FrontPageController {
  private final Organisation organisation;
  private final Catalogue catalogue;

  FrontPageController(Organisation organisation, Catalogue catalogue) {
    this.organisation = organisation;
    this.catalogue = catalogue;
  }

  @GetMapping("/")
  @RequiresAction(Action.PUBLIC_PAGE_VIEW)
  String front(
      @RequestParam(name = "q", required = false) String q,
      @RequestParam(name = "municipality", required = false) String municipality,
      HttpServletRequest request,
      Model model) {
    UiLanguage lang = I18nConfig.current(request);
    County county = organisation.currentCounty();
    List<Municipality> municipalities = new ArrayList<>(organisation.municipalities(county.id()));
    municipalities.sort(Comparator.comparing(m -> m.name(lang), Collator.getInstance(lang.locale())));
    // A code of another county (or a typo) is ignored rather than silently finding nothing.
    Optional<String> chosen =
        Optional.ofNullable(municipality).map(String::trim).filter(c -> municipalities.stream().anyMatch(m -> m.code().equals(c)));
    SearchQuery query = new SearchQuery(q);
    List<Catalogue.ServiceSummary> services = catalogue.search(county.id(), lang, query.text(), chosen);
    model.addAttribute(
        "page",
        new FrontPage(
            county,
            WayToReach.ALL,
            List.copyOf(municipalities),
            new Results(query.text(), chosen.orElse(""), !query.isEmpty() || chosen.isPresent(), services)));
    return "catalogue/front";
  }

  @GetMapping("/services/{slug}")
  @RequiresAction(Action.PUBLIC_PAGE_VIEW)
  String service(@PathVariable String slug, HttpServletRequest request, Model model) {
    UiLanguage lang = I18nConfig.current(request);
    County county = organisation.currentCounty();
    Catalogue.ServiceDetail service =
        catalogue.service(county.id(), slug, lang).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute("page", new ServicePage(service, formatDate(service.updated(), lang), WayToReach.forService(slug)));
    return "catalogue/service";
  }

  /** The emergency box comes from the county's data (tag/emergency.jte), then the ways to reach it. */
  public record FrontPage(County county, List<WayToReach> ways, List<Municipality> municipalities, Results results) {}

  /** The list under the search form; {@code filtered} when a search or a municipality narrowed it. */
  public record Results(String query, String municipality, boolean filtered, List<Catalogue.ServiceSummary> services) {}

  public record ServicePage(Catalogue.ServiceDetail service, String updatedText, java.util.List<WayToReach> ways) {}

  /** Dates as each language writes them: 1.9.2021 in Finnish and Swedish, 1 September 2021 in English. */
  static String formatDate(LocalDate date, UiLanguage lang) {
    DateTimeFormatter format =
        switch (lang) {
          case FI, SV -> DateTimeFormatter.ofPattern("d.M.yyyy", lang.locale());
          case EN -> DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
        };
    return date.format(format);
  }
}
