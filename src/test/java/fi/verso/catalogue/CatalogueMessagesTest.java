package fi.verso.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CatalogueMessagesTest {

  private static Properties bundle(String suffix) throws IOException {
    Properties p = new Properties();
    try (InputStream in = CatalogueMessagesTest.class.getResourceAsStream("/messages/catalogue" + suffix + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void finnishSwedishAndEnglishHaveTheSameKeys() throws IOException {
    Properties fi = bundle("");
    assertThat(bundle("_sv").keySet()).isEqualTo(fi.keySet());
    assertThat(bundle("_en").keySet()).isEqualTo(fi.keySet());
  }

  @Test
  void everyTextFieldAndWayToReachHasItsTexts() throws IOException {
    List<String> keys = new ArrayList<>();
    for (TextField f : TextField.values()) {
      keys.add("field." + f.key());
    }
    for (WayToReach way : WayToReach.ALL) {
      keys.add(way.titleKey());
      keys.addAll(way.textKeys());
    }
    for (String suffix : List.of("", "_sv", "_en")) {
      assertThat(bundle(suffix).stringPropertyNames()).as(suffix).containsAll(keys);
    }
  }
}
