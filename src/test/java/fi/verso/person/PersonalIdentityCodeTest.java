package fi.verso.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.verso.person.PersonalIdentityCode.Error;
import fi.verso.person.PersonalIdentityCode.Invalid;
import fi.verso.person.PersonalIdentityCode.InvalidPersonalIdentityCodeException;
import fi.verso.person.PersonalIdentityCode.ParseResult;
import fi.verso.person.PersonalIdentityCode.Part;
import fi.verso.person.PersonalIdentityCode.Valid;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalIdentityCodeTest {
  private static final String CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
  private static final String CENTURY_SIGNS = "+-YXWVUABCDEF";

  /** Computed here as date * 1000 + individual number, independently of the class under test. */
  private static char checkCharacter(String ddmmyy, int individualNumber) {
    long number = Long.parseLong(ddmmyy) * 1000 + individualNumber;
    return CHECK_CHARACTERS.charAt((int) (number % 31));
  }

  private static Invalid invalid(String text) {
    ParseResult result = PersonalIdentityCode.parse(text);
    assertThat(result).isInstanceOf(Invalid.class);
    return (Invalid) result;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // DVV's published examples, each check character verified by checkCharacter above
    "131052-308T, 1952-10-13, false",
    "010594Y9032, 1994-05-01, true",
    "010594Y9021, 1994-05-01, true",
    "020594X903P, 1994-05-02, true",
    "020594X902N, 1994-05-02, true",
    "030594W903B, 1994-05-03, true",
    "030694W9024, 1994-06-03, true",
    "040594V9030, 1994-05-04, true",
    "040594V902Y, 1994-05-04, true",
    "050594U903M, 1994-05-05, true",
    "050594U902L, 1994-05-05, true",
    "010516B903X, 2016-05-01, true",
    "010516A902W, 2016-05-01, true",
    "020516C903K, 2016-05-02, true",
    // The brief listed 020516D9028, 030516E903E and 030516F9029; their check characters are J, 7 and 6.
    "020516D902J, 2016-05-02, true",
    "030516E9037, 2016-05-03, true",
    "030516F9026, 2016-05-03, true",
    // 1800s, including 29.2.1896 (a leap year)
    "290296+9026, 1896-02-29, true",
    "010170+9505, 1870-01-01, true",
    // 2000 was a leap year, 2024 too
    "290200A902D, 2000-02-29, true",
    "290224A903M, 2024-02-29, true",
    // the edges of the ordinary individual numbers
    "131052-002X, 1952-10-13, false",
    "131052-899V, 1952-10-13, false",
    "131052-900W, 1952-10-13, true",
    "131052-9993, 1952-10-13, true",
    "010101A002S, 2001-01-01, false"
  })
  void validCodesOfEveryCenturySignAreAccepted(String text, LocalDate birthDate, boolean temporary) {
    String ddmmyy = text.substring(0, 6);
    int individualNumber = Integer.parseInt(text.substring(7, 10));
    assertThat(text.charAt(10)).isEqualTo(checkCharacter(ddmmyy, individualNumber));

    PersonalIdentityCode code = PersonalIdentityCode.of(text);

    assertThat(code.value()).isEqualTo(text);
    assertThat(code.birthDate()).isEqualTo(birthDate);
    assertThat(code.isTemporary()).isEqualTo(temporary);
    assertThat(code.centurySign()).isEqualTo(text.charAt(6));
    assertThat(PersonalIdentityCode.isValid(text)).isTrue();
  }

  @Test
  void everyCenturySignAndIndividualNumberIsAcceptedOnlyWithItsOwnCheckCharacter() {
    Set<Character> checkCharactersSeen = new HashSet<>();
    for (char sign : CENTURY_SIGNS.toCharArray()) {
      for (int n = 2; n <= 999; n++) {
        String body = "150397" + sign + String.format("%03d", n);
        char expected = checkCharacter("150397", n);
        checkCharactersSeen.add(expected);
        assertThat(PersonalIdentityCode.parse(body + expected)).as(body).isInstanceOf(Valid.class);
        for (char other : CHECK_CHARACTERS.toCharArray()) {
          if (other != expected) {
            assertThat(invalid(body + other).error()).as(body).isEqualTo(Error.CHECK_CHARACTER_MISMATCH);
          }
        }
      }
    }
    assertThat(checkCharactersSeen).hasSize(31);
  }

  @Test
  void birthYearFollowsTheCenturySign() {
    assertThat(PersonalIdentityCode.of("290296+9026").birthDate().getYear()).isEqualTo(1896);
    for (char sign : "-YXWVU".toCharArray()) {
      String code = "150397" + sign + "902" + checkCharacter("150397", 902);
      assertThat(PersonalIdentityCode.of(code).birthDate()).isEqualTo(LocalDate.of(1997, 3, 15));
    }
    for (char sign : "ABCDEF".toCharArray()) {
      String code = "150397" + sign + "902" + checkCharacter("150397", 902);
      assertThat(PersonalIdentityCode.of(code).birthDate()).isEqualTo(LocalDate.of(2097, 3, 15));
    }
  }

  @Test
  void theCenturySignIsPartOfTheIdentity() {
    PersonalIdentityCode hyphen = PersonalIdentityCode.of("100190-999P");
    PersonalIdentityCode y = PersonalIdentityCode.of("100190Y999P");

    assertThat(hyphen.birthDate()).isEqualTo(y.birthDate());
    assertThat(hyphen).isNotEqualTo(y);
    assertThat(hyphen.value()).isNotEqualTo(y.value());
  }

  @Test
  void theSameCodeTypedDifferentlyIsTheSameCode() {
    PersonalIdentityCode code = PersonalIdentityCode.of("010594Y9032");

    assertThat(PersonalIdentityCode.of("  010594y9032\t")).isEqualTo(code).hasSameHashCodeAs(code);
    assertThat(PersonalIdentityCode.of("010594y9032").value()).isEqualTo("010594Y9032");
    assertThat(PersonalIdentityCode.of("131052-308t").value()).isEqualTo("131052-308T");
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"2010", "2011", "2012", "2013", "2014", "2015", "2212"})
  void aDashPastedFromAWordProcessorIsTheHyphenSign(String codePoint) {
    String text = "131052" + Character.toString(Integer.parseInt(codePoint, 16)) + "308T";

    assertThat(PersonalIdentityCode.of(text)).isEqualTo(PersonalIdentityCode.of("131052-308T"));
  }

  @Test
  void toStringShowsOnlyTheCenturySign() {
    assertThat(PersonalIdentityCode.of("131052-308T").toString()).isEqualTo("******-****");
    assertThat(PersonalIdentityCode.of("010516A902W").toString()).isEqualTo("******A****");
    assertThat(new Valid(PersonalIdentityCode.of("131052-308T")).toString())
        .doesNotContain("131052")
        .doesNotContain("308T");
  }

  @ParameterizedTest(name = "[{0}]")
  @NullAndEmptySource
  @ValueSource(strings = {" ", "   ", "\t\n"})
  void nothingTypedIsEmpty(String text) {
    assertThat(invalid(text)).isEqualTo(new Invalid(Error.EMPTY, null));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"131052-308", "131052308T", "131052-308TT", "1", "131052 - 308T", "13105-308T"})
  void tooShortOrTooLongIsWrongLength(String text) {
    assertThat(invalid(text).error()).isEqualTo(Error.WRONG_LENGTH);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "13105A-308T, BIRTH_DATE",
    "l31052-308T, BIRTH_DATE",
    "13.052-308T, BIRTH_DATE",
    "131052-3O8T, INDIVIDUAL_NUMBER",
    "131052-30 T, INDIVIDUAL_NUMBER",
    "131052-308G, CHECK_CHARACTER",
    "131052-308I, CHECK_CHARACTER",
    "131052-308O, CHECK_CHARACTER",
    "131052-308Q, CHECK_CHARACTER",
    "131052-308Z, CHECK_CHARACTER",
    "131052-308-, CHECK_CHARACTER",
    "131052-308Å, CHECK_CHARACTER"
  })
  void aWrongCharacterInAPartIsWrongFormatOfThatPart(String text, Part part) {
    Invalid invalid = invalid(text);

    assertThat(invalid.error()).isEqualTo(Error.WRONG_FORMAT);
    assertThat(invalid.part()).isEqualTo(part);
    assertThat(invalid.messageKey()).isEqualTo("person.pic.error.WRONG_FORMAT." + part);
  }

  @Test
  void digitsOfOtherScriptsAreNotDigitsOfTheCode() {
    // Arabic-Indic digits for 131052: Character.isDigit would accept them.
    assertThat(invalid("\u0661\u0663\u0661\u0660\u0665\u0662-308T").part()).isEqualTo(Part.BIRTH_DATE);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"131052*308T", "131052G308T", "131052Z308T", "1310521308T", "131052_308T", "131052 308T"})
  void anUnknownSeventhCharacterIsAnInvalidCenturySign(String text) {
    assertThat(invalid(text)).isEqualTo(new Invalid(Error.INVALID_CENTURY_SIGN, null));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        // check characters are correct, so only the date is wrong
        "310225A9025", // 31 February
        "290200-902D", // 1900 was not a leap year
        "290223-902B", // nor 1923
        "000190-9024", // day 0
        "011390-902E", // month 13
        "320190-902S" // day 32
      })
  void aDateThatDoesNotExistIsAnInvalidDate(String text) {
    assertThat(invalid(text)).isEqualTo(new Invalid(Error.INVALID_DATE, null));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"131052-000V", "131052-001W"})
  void individualNumbers000And001AreNeverGiven(String text) {
    assertThat(invalid(text)).isEqualTo(new Invalid(Error.INVALID_INDIVIDUAL_NUMBER, null));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "131052-308U",
        "131052-380T", // transposed digits
        "131025-308T",
        "020516D9028",
        "030516E903E",
        "030516F9029"
      })
  void aTypoIsCaughtByTheCheckCharacter(String text) {
    Invalid invalid = invalid(text);

    assertThat(invalid).isEqualTo(new Invalid(Error.CHECK_CHARACTER_MISMATCH, null));
    assertThat(invalid.messageKey()).isEqualTo("person.pic.error.CHECK_CHARACTER_MISMATCH");
    assertThat(invalid.toString()).doesNotContain("131052").doesNotContain("308");
  }

  @Test
  void ofRefusesAnInvalidCodeWithoutRepeatingIt() {
    assertThatThrownBy(() -> PersonalIdentityCode.of("131052-308U"))
        .isInstanceOf(InvalidPersonalIdentityCodeException.class)
        .hasMessageContaining("CHECK_CHARACTER_MISMATCH")
        .hasMessageNotContaining("131052")
        .hasMessageNotContaining("308U")
        .satisfies(
            e ->
                assertThat(((InvalidPersonalIdentityCodeException) e).invalid().error())
                    .isEqualTo(Error.CHECK_CHARACTER_MISMATCH));
    assertThat(PersonalIdentityCode.isValid("131052-308U")).isFalse();
  }

  @Test
  void onlyWrongFormatNamesAPart() {
    assertThatThrownBy(() -> new Invalid(Error.WRONG_FORMAT, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Invalid(Error.INVALID_DATE, Part.BIRTH_DATE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
