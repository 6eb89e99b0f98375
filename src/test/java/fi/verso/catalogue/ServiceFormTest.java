package fi.verso.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verso.shared.i18n.UiLanguage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceFormTest {
  private static final List<String> COUNTY = List.of("097", "178", "623");

  private static Map<String, List<String>> complete() {
    Map<String, List<String>> params = new HashMap<>();
    for (UiLanguage lang : UiLanguage.values()) {
      params.put(lang.code() + "-name", List.of("Nimi " + lang.code()));
      params.put(lang.code() + "-summary", List.of("Tiivistelmä " + lang.code()));
    }
    params.put("serviceLanguages", List.of("fi"));
    params.put("municipalities", List.of("178"));
    params.put("version", List.of("3"));
    params.put("slug", List.of("uusi-palvelu"));
    return params;
  }

  private static List<String> problemFields(Map<String, List<String>> params, boolean withSlug) {
    return ServiceForm.fromParameters(params).problems(COUNTY, withSlug).stream()
        .map(p -> p.fieldId() + ":" + p.messageKey())
        .toList();
  }

  @Test
  void aCompleteFormHasNoProblems() {
    assertThat(problemFields(complete(), true)).isEmpty();
  }

  @Test
  void nameAndSummaryAreRequiredInEveryLanguage() {
    Map<String, List<String>> params = complete();
    params.put("sv-name", List.of("   "));
    params.remove("en-summary");
    assertThat(problemFields(params, false))
        .containsExactly("sv-name:admin.error.required", "en-summary:admin.error.required");
  }

  @Test
  void textsLongerThanTheirLimitAreRefusedCountingCharactersNotBytes() {
    Map<String, List<String>> params = complete();
    params.put("fi-name", List.of("ä".repeat(200)));
    params.put("fi-summary", List.of("ö".repeat(501)));
    params.put("sv-description", List.of("x".repeat(10_001)));
    assertThat(problemFields(params, false))
        .containsExactly("fi-summary:admin.error.tooLong", "sv-description:admin.error.tooLong");
  }

  @Test
  void atLeastOneLanguageAndOneMunicipalityOfTheOwnCountyAreNeeded() {
    Map<String, List<String>> params = complete();
    params.remove("serviceLanguages");
    params.remove("municipalities");
    assertThat(problemFields(params, false))
        .containsExactly("serviceLanguages-fi:admin.error.noLanguage", "municipality-097:admin.error.noMunicipality");
    params.put("serviceLanguages", List.of("sv"));
    params.put("municipalities", List.of("049"));
    assertThat(problemFields(params, false)).containsExactly("municipality-097:admin.error.otherCounty");
  }

  @Test
  void aNewEntryNeedsAnAddressOfLowerCaseLettersDigitsAndHyphens() {
    Map<String, List<String>> params = complete();
    params.put("slug", List.of("Perhetyö ja muuta"));
    assertThat(problemFields(params, true)).containsExactly("slug:admin.error.slugFormat");
    params.put("slug", List.of(""));
    assertThat(problemFields(params, true)).containsExactly("slug:admin.error.required");
    assertThat(problemFields(params, false)).isEmpty();
  }

  @Test
  void typedTextIsKeptAsTypedApartFromLineEndingsAndOuterWhitespace() {
    Map<String, List<String>> params = complete();
    params.put("fi-description", List.of("  Eka kappale\r\n\r\n- kohta <b>  "));
    ServiceForm form = ServiceForm.fromParameters(params);
    assertThat(form.text(UiLanguage.FI, TextField.DESCRIPTION)).isEqualTo("Eka kappale\n\n- kohta <b>");
    assertThat(form.version()).isEqualTo(3);
  }

  @Test
  void anUnreadableVersionNeverMatchesAStoredOne() {
    Map<String, List<String>> params = complete();
    params.put("version", List.of("abc"));
    assertThat(ServiceForm.fromParameters(params).version()).isEqualTo(-1);
  }
}
