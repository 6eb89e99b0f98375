package fi.verso.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The letter bundles (letters/, outside the page bundles' three-language rule) have the same keys in Finnish and
 * Swedish, and every text the letter template asks for exists, also the ones it builds from an enum's name.
 */
class LetterBundlesTest {
  private static final Path LETTERS = Path.of("src/main/resources/letters");
  private static final Path TEMPLATE = Path.of("src/main/jte/decision/letter.jte");
  private static final Pattern TEXT_KEY = Pattern.compile("text\\(\\s*\"([^\"]+)\"\\s*([,)+])");

  private static Properties load(String file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(LETTERS.resolve(file), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  @Test
  void finnishAndSwedishLettersHaveTheSameTexts() throws IOException {
    Set<String> finnish = new TreeSet<>(load("decision.properties").stringPropertyNames());
    Set<String> swedish = new TreeSet<>(load("decision_sv.properties").stringPropertyNames());

    assertThat(swedish).isEqualTo(finnish);
    assertThat(finnish).isNotEmpty();
  }

  @Test
  void everyTextTheLetterAsksForExistsAndNoneIsEmpty() throws IOException {
    Properties finnish = load("decision.properties");
    List<String> missing = new ArrayList<>();
    Matcher m = TEXT_KEY.matcher(Files.readString(TEMPLATE));
    while (m.find()) {
      if (m.group(2).equals(")") || m.group(2).equals(",")) {
        if (!finnish.containsKey(m.group(1))) {
          missing.add(m.group(1));
        }
      }
    }
    for (Measure measure : Measure.values()) {
      check(finnish, "letter.measure." + measure.name(), missing);
      check(finnish, "letter.basis." + measure.basis().name(), missing);
      measure.provisions().forEach(p -> check(finnish, "letter.provision." + p, missing));
    }
    for (DecisionType type : DecisionType.values()) {
      check(finnish, "letter.statement." + type.name(), missing);
    }
    for (ContactMethod method : ContactMethod.values()) {
      check(finnish, "letter.method." + method.name(), missing);
    }
    for (DeliveryChannel channel : DeliveryChannel.values()) {
      check(finnish, "letter.delivery.sent." + channel.name(), missing);
    }
    for (HearingRules.ExceptionGround ground : HearingRules.ExceptionGround.values()) {
      check(finnish, "letter.hearing.exception." + ground.name(), missing);
    }
    assertThat(missing).isEmpty();
    assertThat(finnish.stringPropertyNames()).allSatisfy(key -> assertThat(finnish.getProperty(key)).isNotBlank());
  }

  private static void check(Properties p, String key, List<String> missing) {
    if (!p.containsKey(key)) {
      missing.add(key);
    }
  }
}
