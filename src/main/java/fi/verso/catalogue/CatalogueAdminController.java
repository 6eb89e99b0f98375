package fi.verso.catalogue;

import fi.verso.organisation.Municipality;
import fi.verso.shared.i18n.I18nConfig;
import fi.verso.shared.i18n.UiLanguage;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.Actor;
import fi.verso.shared.security.CurrentActor;
import fi.verso.shared.security.RequiresAction;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Catalogue administration: the county's entries, and one form for all three languages of an entry. */
@Controller
@RequestMapping("/employee/catalogue")
public class CatalogueAdminController {
  static final String SAVED_FLASH = "catalogueSaved";
  private final Catalogue catalogue;

  CatalogueAdminController(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @GetMapping
  @RequiresAction(Action.CATALOGUE_MANAGE)
  String list(HttpServletRequest request, Model model) {
    Actor.Employee me = CurrentActor.get().asEmployee().orElseThrow();
    UiLanguage lang = I18nConfig.current(request);
    List<Catalogue.AdminEntry> entries = catalogue.entries(me.countyId(), lang);
    Optional<Catalogue.AdminEntry> saved =
        model.getAttribute(SAVED_FLASH) instanceof UUID id
            ? entries.stream().filter(e -> e.id().equals(id)).findFirst()
            : Optional.empty();
    model.addAttribute(
        "page",
        new ListPage(
            entries.stream().map(e -> new ListRow(e, FrontPageController.formatDate(e.updated(), lang))).toList(),
            saved.map(e -> new ListRow(e, FrontPageController.formatDate(e.updated(), lang)))));
    return "catalogue/admin-list";
  }

  @GetMapping("/new")
  @RequiresAction(Action.CATALOGUE_MANAGE)
  String newEntry(Model model) {
    Actor.Employee me = CurrentActor.get().asEmployee().orElseThrow();
    model.addAttribute("page", EditPage.blank(null, ServiceForm.empty(), catalogue.municipalities(me.countyId())));
    return "catalogue/admin-edit";
  }

  @PostMapping("/new")
  @RequiresAction(Action.CATALOGUE_MANAGE)
  String create(
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Actor.Employee me = CurrentActor.get().asEmployee().orElseThrow();
    ServiceForm form = ServiceForm.fromParameters(params);
    return switch (catalogue.create(me, form)) {
      case Catalogue.SaveOutcome.Saved saved -> savedRedirect(saved, redirect);
      case Catalogue.SaveOutcome.Invalid invalid -> {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute(
            "page",
            new EditPage(null, form, catalogue.municipalities(me.countyId()), invalid.problems(), false, Map.of(), null));
        yield "catalogue/admin-edit";
      }
      case Catalogue.SaveOutcome.Stale stale -> throw new IllegalStateException("A new entry cannot be stale");
      case Catalogue.SaveOutcome.NotFound notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    };
  }

  @GetMapping("/{id}/edit")
  @RequiresAction(Action.CATALOGUE_MANAGE)
  String edit(@PathVariable UUID id, HttpServletRequest request, Model model) {
    Actor.Employee me = CurrentActor.get().asEmployee().orElseThrow();
    Catalogue.EditableService entry =
        catalogue.forEdit(me.countyId(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute(
        "page",
        EditPage.blank(id, entry.form(), catalogue.municipalities(me.countyId()))
            .withUpdated(FrontPageController.formatDate(entry.updated(), I18nConfig.current(request))));
    return "catalogue/admin-edit";
  }

  @PostMapping("/{id}/edit")
  @RequiresAction(Action.CATALOGUE_MANAGE)
  String save(
      @PathVariable UUID id,
      @RequestParam MultiValueMap<String, String> params,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    Actor.Employee me = CurrentActor.get().asEmployee().orElseThrow();
    ServiceForm typed = ServiceForm.fromParameters(params);
    List<Municipality> municipalities = catalogue.municipalities(me.countyId());
    return switch (catalogue.save(me, id, typed)) {
      case Catalogue.SaveOutcome.Saved saved -> savedRedirect(saved, redirect);
      case Catalogue.SaveOutcome.Invalid invalid -> {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        String slug = catalogue.forEdit(me.countyId(), id).map(e -> e.form().slug()).orElse("");
        model.addAttribute(
            "page", new EditPage(id, typed.withSlug(slug), municipalities, invalid.problems(), false, Map.of(), null));
        yield "catalogue/admin-edit";
      }
      case Catalogue.SaveOutcome.Stale stale -> {
        // Keep what this person typed, show what the other saved, and let a second save decide.
        response.setStatus(HttpStatus.CONFLICT.value());
        ServiceForm current = stale.current().form();
        model.addAttribute(
            "page",
            new EditPage(
                id,
                typed.withSlug(current.slug()).withVersion(current.version()),
                municipalities,
                List.of(),
                true,
                differences(typed, current),
                FrontPageController.formatDate(stale.current().updated(), I18nConfig.current(request))));
        yield "catalogue/admin-edit";
      }
      case Catalogue.SaveOutcome.NotFound notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    };
  }

  private static String savedRedirect(Catalogue.SaveOutcome.Saved saved, RedirectAttributes redirect) {
    redirect.addFlashAttribute(SAVED_FLASH, saved.id());
    return "redirect:/employee/catalogue";
  }

  /** The saved texts that differ from what was typed, by field id. */
  static Map<String, String> differences(ServiceForm typed, ServiceForm saved) {
    Map<String, String> diff = new LinkedHashMap<>();
    for (UiLanguage lang : UiLanguage.values()) {
      for (TextField field : TextField.values()) {
        if (!typed.text(lang, field).equals(saved.text(lang, field))) {
          diff.put(field.fieldId(lang), saved.text(lang, field));
        }
      }
    }
    return diff;
  }

  public record ListRow(Catalogue.AdminEntry entry, String updatedText) {}

  public record ListPage(List<ListRow> rows, Optional<ListRow> saved) {}

  /**
   * The edit form. {@code id} is null for a new entry; {@code savedNow} holds, after a refused stale
   * save, what is saved in each field that differs from the typed text.
   */
  public record EditPage(
      UUID id,
      ServiceForm form,
      List<Municipality> municipalities,
      List<ServiceForm.Problem> problems,
      boolean stale,
      Map<String, String> savedNow,
      String updatedText) {

    static EditPage blank(UUID id, ServiceForm form, List<Municipality> municipalities) {
      return new EditPage(id, form, municipalities, List.of(), false, Map.of(), null);
    }

    EditPage withUpdated(String text) {
      return new EditPage(id, form, municipalities, problems, stale, savedNow, text);
    }

    public boolean isNew() {
      return id == null;
    }

    public String action() {
      return isNew() ? "/employee/catalogue/new" : "/employee/catalogue/" + id + "/edit";
    }

    public ServiceForm.Problem problem(String fieldId) {
      return problems.stream().filter(p -> p.fieldId().equals(fieldId)).findFirst().orElse(null);
    }

    /** The problem of a group of checkboxes (languages, area), shown by its fieldset. */
    public ServiceForm.Problem groupProblem(String labelKey) {
      return problems.stream().filter(p -> p.labelKey().equals(labelKey)).findFirst().orElse(null);
    }

    /** aria-describedby for a field: its hint, and its error when it has one. */
    public String describedBy(String fieldId, boolean hasHint) {
      String ids = hasHint ? fieldId + "-hint" : "";
      if (problem(fieldId) != null) {
        ids = (ids + " " + fieldId + "-error").strip();
      }
      return ids.isEmpty() ? null : ids;
    }
  }
}
