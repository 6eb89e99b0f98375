package fi.verso.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every module's messages exist in Finnish (the base file), Swedish and English, with the same keys; no
 * message is empty; and every key a template names is there.
 */
class MessageBundlesTest {
  private static final Path MESSAGES = Path.of("src/main/resources/messages");
  private static final Path TEMPLATES = Path.of("src/main/jte");
  private static final List<String> TRANSLATIONS = List.of("sv", "en");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
  private static final Pattern TEMPLATE_KEY = Pattern.compile("\\bt\\(\\s*\"([^\"]+)\"\\s*([,)+])");

  @Test
  void everyModuleHasSwedishAndEnglishMessagesWithExactlyTheSameKeys() {
    List<String> problems = new ArrayList<>();
    for (String module : modules()) {
      Set<String> finnish = load(module, "").keySet();
      for (String lang : TRANSLATIONS) {
        Path file = file(module, lang);
        if (!Files.exists(file)) {
          problems.add(file + " is missing");
          continue;
        }
        Set<String> translated = load(module, lang).keySet();
        Set<String> missing = new TreeSet<>(finnish);
        missing.removeAll(translated);
        Set<String> extra = new TreeSet<>(translated);
        extra.removeAll(finnish);
        if (!missing.isEmpty()) {
          problems.add(file + " lacks " + missing);
        }
        if (!extra.isEmpty()) {
          problems.add(file + " has keys the Finnish " + file(module, "") + " lacks: " + extra);
        }
      }
    }
    assertThat(modules()).isNotEmpty();
    assertThat(problems).as("message bundles out of step").isEmpty();
  }

  @Test
  void noMessageIsEmpty() {
    List<String> empty = new ArrayList<>();
    forEachBundle((file, messages) -> messages.forEach((key, value) -> {
      if (value.isBlank()) {
        empty.add(file + ": " + key);
      }
    }));
    assertThat(empty).isEmpty();
  }

  @Test
  void noKeyIsDefinedTwiceInAFileOrInTwoModules() {
    List<String> problems = new ArrayList<>();
    Map<String, String> owner = new HashMap<>();
    for (String module : modules()) {
      Path file = file(module, "");
      problems.addAll(duplicatesIn(file));
      for (String lang : TRANSLATIONS) {
        if (Files.exists(file(module, lang))) {
          problems.addAll(duplicatesIn(file(module, lang)));
        }
      }
      // One MessageSource serves all bundles: the same key in two modules would silently pick one.
      for (String key : load(module, "").keySet()) {
        String earlier = owner.putIfAbsent(key, module);
        if (earlier != null) {
          problems.add(key + " is in both " + earlier + " and " + module);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyLanguageUsesTheSamePlaceholders() {
    List<String> problems = new ArrayList<>();
    for (String module : modules()) {
      Map<String, String> finnish = load(module, "");
      for (String lang : TRANSLATIONS) {
        if (!Files.exists(file(module, lang))) {
          continue;
        }
        load(module, lang).forEach((key, value) -> {
          if (finnish.containsKey(key) && !placeholders(value).equals(placeholders(finnish.get(key)))) {
            problems.add(file(module, lang) + ": " + key + " has " + placeholders(value)
                + " but Finnish has " + placeholders(finnish.get(key)));
          }
        });
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyKeyATemplateNamesExistsInTheMessages() throws IOException {
    Set<String> known = new TreeSet<>();
    modules().forEach(module -> known.addAll(load(module, "").keySet()));
    List<String> unknown = new ArrayList<>();
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      for (Path template : files.filter(p -> p.toString().endsWith(".jte")).sorted().toList()) {
        Matcher m = TEMPLATE_KEY.matcher(Files.readString(template));
        while (m.find()) {
          String key = m.group(1);
          // ctx.t("role." + role.name()): at least the prefix must lead somewhere.
          boolean found =
              m.group(2).equals("+") ? known.stream().anyMatch(k -> k.startsWith(key)) : known.contains(key);
          if (!found) {
            unknown.add(template + ": " + key);
          }
        }
      }
    }
    assertThat(unknown).isEmpty();
  }

  /** Base names of the bundles: messages/<module>.properties. */
  private static List<String> modules() {
    try (Stream<Path> files = Files.list(MESSAGES)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".properties") && !name.matches(".*_[a-z]{2}\\.properties"))
          .map(name -> name.substring(0, name.length() - ".properties".length()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path file(String module, String lang) {
    return MESSAGES.resolve(module + (lang.isEmpty() ? "" : "_" + lang) + ".properties");
  }

  private static Map<String, String> load(String module, String lang) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file(module, lang), StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> messages = new TreeMap<>();
    properties.forEach((k, v) -> messages.put((String) k, (String) v));
    return messages;
  }

  private static List<String> duplicatesIn(Path file) {
    List<String> duplicates = new ArrayList<>();
    @SuppressWarnings("serial")
    Properties recording =
        new Properties() {
          @Override
          public synchronized Object put(Object key, Object value) {
            if (containsKey(key)) {
              duplicates.add(file + ": " + key + " twice");
            }
            return super.put(key, value);
          }
        };
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      recording.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return duplicates;
  }

  private static Set<String> placeholders(String message) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(message);
    while (m.find()) {
      found.add("{" + m.group(1) + "}");
    }
    return found;
  }

  private interface BundleVisitor {
    void visit(Path file, Map<String, String> messages);
  }

  private static void forEachBundle(BundleVisitor visitor) {
    for (String module : modules()) {
      visitor.visit(file(module, ""), load(module, ""));
      for (String lang : TRANSLATIONS) {
        if (Files.exists(file(module, lang))) {
          visitor.visit(file(module, lang), load(module, lang));
        }
      }
    }
  }
}
