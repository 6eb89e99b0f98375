package fi.verso.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a visitor typed into the search box. PostgreSQL's {@code websearch_to_tsquery} takes it as is
 * (quotes, "or" and a leading minus work as on web search engines); besides, plain words are also
 * matched as prefixes so that a partly typed word ("perhety") still finds "perhetyö".
 */
record SearchQuery(String text) {
  static final int MAX_LENGTH = 200;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern OPERATORS = Pattern.compile("\"|(^|\\s)-|(?i)(^|\\s)or(\\s|$)");
  /** Shorter words are matched whole: "ja:*" would match half the catalogue. */
  private static final int MIN_PREFIX = 3;

  SearchQuery {
    text = text == null ? "" : text.strip();
    if (text.length() > MAX_LENGTH) {
      text = text.substring(0, MAX_LENGTH);
    }
  }

  boolean isEmpty() {
    return text.isBlank();
  }

  /**
   * A {@code to_tsquery} expression matching every word as a prefix, or empty when the visitor used
   * search operators (their meaning would be lost) or typed no words at all. Only letters and digits
   * reach it, so it is always valid tsquery syntax.
   */
  Optional<String> prefixes() {
    if (OPERATORS.matcher(text).find()) {
      return Optional.empty();
    }
    List<String> terms = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String word = m.group();
      terms.add(word.codePointCount(0, word.length()) >= MIN_PREFIX ? word + ":*" : word);
    }
    return terms.isEmpty() ? Optional.empty() : Optional.of(String.join(" & ", terms));
  }
}
