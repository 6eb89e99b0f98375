package fi.verso.person;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verso.person.PersonalIdentityCode.Error;
import fi.verso.person.PersonalIdentityCode.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonMessagesTest {
  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = PersonMessagesTest.class.getResourceAsStream("/messages/" + name + ".properties")) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"person", "person_sv", "person_en"})
  void everyErrorHasAMessageInEveryLanguage(String name) throws IOException {
    Properties messages = bundle(name);

    for (Error error : Error.values()) {
      assertThat(messages.getProperty("person.pic.error." + error)).as("%s %s", name, error).isNotBlank();
    }
    for (Part part : Part.values()) {
      assertThat(messages.getProperty("person.pic.error.WRONG_FORMAT." + part)).as("%s %s", name, part).isNotBlank();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"person_sv", "person_en"})
  void translationsHaveTheSameKeysAsFinnish(String name) throws IOException {
    assertThat(bundle(name).keySet()).containsExactlyInAnyOrderElementsOf(bundle("person").keySet());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"person", "person_sv", "person_en"})
  void messagesAreWholeSentences(String name) throws IOException {
    Properties messages = bundle(name);
    for (String key : messages.stringPropertyNames()) {
      if (key.startsWith("person.pic.error.")) {
        assertThat(messages.getProperty(key)).as("%s %s", name, key).endsWith(".");
      }
    }
  }

  @org.junit.jupiter.api.Test
  void finnishCheckCharacterMessageSuggestsATypoWithoutTellingTheExpectedCharacter() throws IOException {
    assertThat(bundle("person").getProperty("person.pic.error.CHECK_CHARACTER_MISMATCH"))
        .isEqualTo("Henkilötunnuksen tarkistusmerkki ei täsmää. Tarkista, onko tunnuksessa kirjoitusvirhe.");
  }
}
