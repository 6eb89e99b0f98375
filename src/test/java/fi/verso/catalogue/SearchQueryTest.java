package fi.verso.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchQueryTest {

  @Test
  void everyWordOfThreeOrMoreLettersIsAlsoMatchedAsAPrefix() {
    assertThat(new SearchQuery("perhety").prefixes()).contains("perhety:*");
    assertThat(new SearchQuery("  tuki perhe  ").prefixes()).contains("tuki:* & perhe:*");
  }

  @Test
  void shortWordsAreMatchedWholeSoTheyDoNotMatchEverything() {
    assertThat(new SearchQuery("ja perhe").prefixes()).contains("ja & perhe:*");
  }

  @Test
  void searchOperatorsKeepTheirMeaningWithoutPrefixes() {
    assertThat(new SearchQuery("\"tehostettu perhetyö\"").prefixes()).isEmpty();
    assertThat(new SearchQuery("perhetyö -tehostettu").prefixes()).isEmpty();
    assertThat(new SearchQuery("tukihenkilö or tukiperhe").prefixes()).isEmpty();
  }

  @Test
  void punctuationNeverReachesTheTsquerySyntax() {
    assertThat(new SearchQuery("perhe'); drop table x;:*&|!").prefixes())
        .contains("perhe:* & drop:* & table:* & x");
    assertThat(new SearchQuery("!!! ???").prefixes()).isEmpty();
  }

  @Test
  void aVeryLongQueryIsCut() {
    assertThat(new SearchQuery("a".repeat(1000)).text()).hasSize(SearchQuery.MAX_LENGTH);
  }
}
