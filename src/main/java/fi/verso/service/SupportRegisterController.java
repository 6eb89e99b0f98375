package fi.verso.service;

import fi.verso.organisation.Municipality;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.Actor;
import fi.verso.shared.security.CurrentActor;
import fi.verso.shared.security.RequiresAction;
import fi.verso.shared.web.FieldProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The register of support persons and families: the list with its filters, adding and editing an entry. */
@Controller
public class SupportRegisterController {
  private static final String BASE = "/employee/support-register";

  private final SupportRegister register;

  SupportRegisterController(SupportRegister register) {
    this.register = register;
  }

  public record ListPage(
      List<SupportProvider> providers, SupportRegister.Filter filter, List<Municipality> municipalities, boolean saved) {

    public List<SupportLanguage> languages() {
      return List.of(SupportLanguage.values());
    }

    public String areaNames(List<String> codes, fi.verso.shared.i18n.UiLanguage lang) {
      return SupportRegisterController.areaNames(municipalities, codes, lang);
    }
  }

  public record FormPage(
      UUID id, SupportForms.Provider form, Map<String, FieldProblem> problems, List<Municipality> municipalities) {

    public boolean isNew() {
      return id == null;
    }

    public String action() {
      return id == null ? BASE : BASE + "/" + id;
    }

    public FieldProblem problem(String input) {
      return problems.get(input);
    }

    public List<SupportLanguage> languages() {
      return List.of(SupportLanguage.values());
    }
  }

  @GetMapping(BASE)
  @RequiresAction(Action.SUPPORT_REGISTER_MANAGE)
  String list(
      @RequestParam(name = "kind", required = false) String kind,
      @RequestParam(name = "language", required = false) String language,
      @RequestParam(name = "area", required = false) String area,
      @RequestParam(name = "availability", required = false) String availability,
      @RequestParam(name = "saved", required = false) String saved,
      Model model) {
    Actor.Employee actor = CurrentActor.get().asEmployee().orElseThrow();
    SupportRegister.Filter filter = filter(kind, language, area, availability, register.municipalities(actor.countyId()));
    model.addAttribute(
        "page",
        new ListPage(
            register.find(actor.countyId(), filter), filter, register.municipalities(actor.countyId()), saved != null));
    return "service/support-register";
  }

  @GetMapping(BASE + "/new")
  @RequiresAction(Action.SUPPORT_REGISTER_MANAGE)
  String newForm(Model model) {
    Actor.Employee actor = CurrentActor.get().asEmployee().orElseThrow();
    return form(actor, null, SupportForms.Provider.empty(), List.of(), model);
  }

  @PostMapping(BASE)
  @RequiresAction(Action.SUPPORT_REGISTER_MANAGE)
  String create(@ModelAttribute SupportForms.Provider form, HttpServletResponse response, Model model) {
    Actor.Employee actor = CurrentActor.get().asEmployee().orElseThrow();
    return outcome(register.create(actor, form), actor, null, form, response, model);
  }

  @GetMapping(BASE + "/{id}")
  @RequiresAction(Action.SUPPORT_REGISTER_MANAGE)
  String edit(@PathVariable UUID id, Model model) {
    Actor.Employee actor = CurrentActor.get().asEmployee().orElseThrow();
    SupportProvider provider = register.get(actor.countyId(), id).orElseThrow(NotFound::new);
    return form(actor, id, SupportForms.Provider.of(provider), List.of(), model);
  }

  @PostMapping(BASE + "/{id}")
  @RequiresAction(Action.SUPPORT_REGISTER_MANAGE)
  String update(
      @PathVariable UUID id, @ModelAttribute SupportForms.Provider form, HttpServletResponse response, Model model) {
    Actor.Employee actor = CurrentActor.get().asEmployee().orElseThrow();
    register.get(actor.countyId(), id).orElseThrow(NotFound::new);
    return outcome(register.update(actor, id, form), actor, id, form, response, model);
  }

  private String outcome(
      Outcome outcome, Actor.Employee actor, UUID id, SupportForms.Provider form, HttpServletResponse response, Model model) {
    return switch (outcome) {
      case Outcome.Done done -> "redirect:" + BASE + "?saved=" + done.id();
      case Outcome.Refused refused -> {
        response.setStatus(refused.conflict() ? 409 : 422);
        yield form(actor, id, form, refused.problems(), model);
      }
    };
  }

  private String form(Actor.Employee actor, UUID id, SupportForms.Provider form, List<FieldProblem> problems, Model model) {
    model.addAttribute(
        "page", new FormPage(id, form, ServiceFormat.byInput(problems), register.municipalities(actor.countyId())));
    return "service/support-provider";
  }

  /** A filter from the query string; values that are not on offer are ignored. */
  static SupportRegister.Filter filter(
      String kind, String language, String area, String availability, List<Municipality> municipalities) {
    String knownArea =
        area == null ? null : municipalities.stream().map(Municipality::code).filter(area.trim()::equals).findFirst().orElse(null);
    return new SupportRegister.Filter(
        FormInput.filter(SupportProviderKind.class, kind),
        SupportLanguage.fromCode(language).orElse(null),
        knownArea,
        FormInput.filter(Availability.class, availability));
  }

  static String areaNames(List<Municipality> municipalities, List<String> codes, fi.verso.shared.i18n.UiLanguage lang) {
    return municipalities.stream()
        .filter(m -> codes.contains(m.code()))
        .map(m -> m.name(lang))
        .collect(java.util.stream.Collectors.joining(", "));
  }
}
