package fi.verso.catalogue;

import fi.verso.shared.i18n.UiLanguage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A service description as an administrator edits it: all three languages at once, the languages the
 * service is given in and its municipalities. Holds exactly what was typed, so a refused form can be
 * shown again without losing anything.
 */
public record ServiceForm(
    String slug,
    Map<UiLanguage, ServiceText> texts,
    Set<UiLanguage> serviceLanguages,
    Set<String> municipalities,
    long version) {

  static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  static final int SLUG_MAX = 100;

  public ServiceForm {
    EnumMap<UiLanguage, ServiceText> copy = new EnumMap<>(UiLanguage.class);
    for (UiLanguage lang : UiLanguage.values()) {
      copy.put(lang, texts.getOrDefault(lang, ServiceText.empty()));
    }
    texts = Map.copyOf(copy);
    EnumSet<UiLanguage> languages = EnumSet.noneOf(UiLanguage.class);
    languages.addAll(serviceLanguages);
    serviceLanguages = Collections.unmodifiableSet(languages);
    municipalities = Collections.unmodifiableSortedSet(new TreeSet<>(municipalities));
    slug = slug == null ? "" : slug;
  }

  /**
   * Reads the admin form's parameters. Line breaks are normalised (browsers send CR LF) and outer
   * whitespace trimmed; nothing else is changed.
   */
  public static ServiceForm fromParameters(Map<String, List<String>> params) {
    Map<UiLanguage, ServiceText> texts = new EnumMap<>(UiLanguage.class);
    for (UiLanguage lang : UiLanguage.values()) {
      Map<TextField, String> values = new EnumMap<>(TextField.class);
      for (TextField field : TextField.values()) {
        values.put(field, clean(first(params, field.fieldId(lang))));
      }
      texts.put(lang, new ServiceText(values));
    }
    Set<UiLanguage> languages = EnumSet.noneOf(UiLanguage.class);
    for (String code : params.getOrDefault("serviceLanguages", List.of())) {
      UiLanguage.fromCode(code).ifPresent(languages::add);
    }
    Set<String> municipalities = new TreeSet<>();
    for (String code : params.getOrDefault("municipalities", List.of())) {
      if (code != null && !code.isBlank()) {
        municipalities.add(code.trim());
      }
    }
    long version;
    try {
      version = Long.parseLong(first(params, "version").trim());
    } catch (NumberFormatException e) {
      version = -1; // never matches a stored version, so the save is refused as stale
    }
    return new ServiceForm(clean(first(params, "slug")), texts, languages, municipalities, version);
  }

  private static String first(Map<String, List<String>> params, String name) {
    List<String> values = params.get(name);
    return values == null || values.isEmpty() || values.getFirst() == null ? "" : values.getFirst();
  }

  private static String clean(String value) {
    return value.replace("\r\n", "\n").replace('\r', '\n').strip();
  }

  /** The address is fixed once saved and not sent back by the edit form. */
  public ServiceForm withSlug(String savedSlug) {
    return new ServiceForm(savedSlug, texts, serviceLanguages, municipalities, version);
  }

  public ServiceForm withVersion(long newVersion) {
    return new ServiceForm(slug, texts, serviceLanguages, municipalities, newVersion);
  }

  public static ServiceForm empty() {
    return new ServiceForm("", Map.of(), Set.of(), Set.of(), 0);
  }

  public String text(UiLanguage lang, TextField field) {
    return texts.get(lang).get(field);
  }

  public boolean offers(UiLanguage lang) {
    return serviceLanguages.contains(lang);
  }

  public boolean covers(String municipalityCode) {
    return municipalities.contains(municipalityCode);
  }

  /** A field that is wrong, and what the user is told about it. */
  public record Problem(String fieldId, String labelKey, UiLanguage lang, String messageKey, List<Object> args) {
    public Problem {
      args = List.copyOf(args);
    }

    public Object[] argArray() {
      return args.toArray();
    }
  }

  /**
   * Everything wrong with the form, in the order of the page. {@code countyMunicipalities} are the
   * codes an entry of this county may cover; {@code withSlug} is false when editing (the slug is fixed).
   */
  public List<Problem> problems(Collection<String> countyMunicipalities, boolean withSlug) {
    List<Problem> problems = new ArrayList<>();
    if (withSlug) {
      if (slug.isBlank()) {
        problems.add(new Problem("slug", "admin.slug", null, "admin.error.required", List.of()));
      } else if (!SLUG.matcher(slug).matches() || slug.length() > SLUG_MAX) {
        problems.add(new Problem("slug", "admin.slug", null, "admin.error.slugFormat", List.of(SLUG_MAX)));
      }
    }
    for (UiLanguage lang : UiLanguage.values()) {
      for (TextField field : TextField.values()) {
        String value = text(lang, field);
        String label = "field." + field.key();
        if (field.required() && value.isBlank()) {
          problems.add(new Problem(field.fieldId(lang), label, lang, "admin.error.required", List.of()));
        } else if (length(value) > field.maxLength()) {
          problems.add(
              new Problem(field.fieldId(lang), label, lang, "admin.error.tooLong", List.of(field.maxLength(), length(value))));
        }
      }
    }
    if (serviceLanguages.isEmpty()) {
      problems.add(new Problem("serviceLanguages-fi", "field.serviceLanguages", null, "admin.error.noLanguage", List.of()));
    }
    if (municipalities.isEmpty()) {
      problems.add(new Problem(firstMunicipalityId(countyMunicipalities), "field.area", null, "admin.error.noMunicipality", List.of()));
    } else if (!countyMunicipalities.containsAll(municipalities)) {
      problems.add(new Problem(firstMunicipalityId(countyMunicipalities), "field.area", null, "admin.error.otherCounty", List.of()));
    }
    return problems;
  }

  private static String firstMunicipalityId(Collection<String> codes) {
    return codes.stream().findFirst().map(c -> "municipality-" + c).orElse("municipalities");
  }

  /** Characters as a person counts them (and as PostgreSQL's char_length does). */
  static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}
