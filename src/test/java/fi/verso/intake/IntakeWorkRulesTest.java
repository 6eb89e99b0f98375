package fi.verso.intake;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verso.calendar.HelsinkiTime;
import fi.verso.shared.web.FieldProblem;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntakeWorkRulesTest {
  private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 3);
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 12);

  private static List<String> keys(List<FieldProblem> problems) {
    return problems.stream().map(p -> p.field() + ":" + p.messageKey()).toList();
  }

  @Test
  void urgencyNeedsTheResultAndTheMeasuresTaken() {
    assertThat(keys(IntakeWorkRules.urgency(null, " ")))
        .containsExactly("urgent:intake.error.required", "measures:intake.error.required");
    assertThat(IntakeWorkRules.urgency(UrgencyAnswer.NOT_URGENT, "Called the school nurse; no immediate danger.")).isEmpty();
  }

  @Test
  void aNoticeIsSentBetweenReceiptAndToday() {
    assertThat(IntakeWorkRules.notice(NoticeLanguage.FI, "Guardians", "Text", TODAY, RECEIVED, TODAY)).isEmpty();
    assertThat(IntakeWorkRules.notice(NoticeLanguage.SV, "Guardians", "Text", RECEIVED, RECEIVED, TODAY)).isEmpty();
    assertThat(keys(IntakeWorkRules.notice(NoticeLanguage.FI, "Guardians", "Text", TODAY.plusDays(1), RECEIVED, TODAY)))
        .containsExactly("noticeSentOn:intake.error.sentOnInFuture");
    assertThat(keys(IntakeWorkRules.notice(NoticeLanguage.FI, "Guardians", "Text", RECEIVED.minusDays(1), RECEIVED, TODAY)))
        .containsExactly("noticeSentOn:intake.error.sentOnBeforeReceipt");
    assertThat(keys(IntakeWorkRules.notice(null, "", null, null, RECEIVED, TODAY)))
        .containsExactly(
            "noticeLanguage:intake.error.required",
            "noticeRecipient:intake.error.required",
            "noticeBody:intake.error.required",
            "noticeSentOn:intake.error.required");
  }

  @Test
  void aConvertedChildNeedsANameAndABirthDateNotBeforeTheNotification() {
    assertThat(IntakeWorkRules.conversion(null, "Virtanen", null, TODAY, RECEIVED, TODAY)).isEmpty();
    assertThat(keys(IntakeWorkRules.conversion(" ", null, null, null, RECEIVED, TODAY)))
        .containsExactly("childFirstName:intake.error.childNameRequired", "childBirthDate:intake.error.required");
    assertThat(keys(IntakeWorkRules.conversion("Aino", "Virtanen", null, TODAY.plusDays(1), RECEIVED, TODAY)))
        .containsExactly("childBirthDate:intake.error.birthDateInFuture");
    assertThat(keys(IntakeWorkRules.conversion("Aino", "Virtanen", null, RECEIVED.minusDays(1), RECEIVED, TODAY)))
        .containsExactly("childBirthDate:intake.error.bornBeforePrenatalNotification");
  }

  @Test
  void aHenkilotunnusGivesTheBirthDateAndMustAgreeWithATypedOne() {
    // 050326A9876: born 5.3.2026, a temporary individual number (900-999).
    String pic = validPic(LocalDate.of(2026, 3, 5), 987);
    assertThat(IntakeWorkRules.conversion("Aino", "Virtanen", pic, null, RECEIVED, TODAY)).isEmpty();
    assertThat(IntakeWorkRules.birthDate(pic, null)).isEqualTo(LocalDate.of(2026, 3, 5));
    assertThat(keys(IntakeWorkRules.conversion("Aino", "Virtanen", pic, LocalDate.of(2026, 3, 6), RECEIVED, TODAY)))
        .containsExactly("childPersonalIdentityCode:intake.error.picBirthDateMismatch");
    assertThat(IntakeWorkRules.conversion("Aino", "Virtanen", "050326A987X" /* wrong check character */, null, RECEIVED, TODAY))
        .extracting(FieldProblem::field)
        .containsExactly("childPersonalIdentityCode");
  }

  @Test
  void aRegistrationComesByPhonePaperOrInPersonAndNotFromLongAgo() {
    ZonedDateTime now = ZonedDateTime.of(2026, 3, 12, 14, 0, 0, 0, HelsinkiTime.ZONE);
    assertThat(IntakeWorkRules.registration(Channel.PHONE, now.minusDays(9).toInstant(), now)).isEmpty();
    assertThat(IntakeWorkRules.registration(Channel.PAPER, now.minusMonths(12).toInstant(), now)).isEmpty();
    assertThat(keys(IntakeWorkRules.registration(Channel.IN_PERSON, now.minusMonths(12).minusMinutes(1).toInstant(), now)))
        .containsExactly("receivedAt:intake.error.receivedTooLongAgo");
    assertThat(keys(IntakeWorkRules.registration(Channel.ELECTRONIC, now.toInstant(), now)))
        .containsExactly("channel:intake.error.invalidChoice");
    assertThat(keys(IntakeWorkRules.registration(Channel.API, now.toInstant(), now)))
        .containsExactly("channel:intake.error.invalidChoice");
  }

  /** A henkilötunnus with the right check character, so the test does not depend on a hand-computed one. */
  static String validPic(LocalDate birth, int individual) {
    String digits = String.format("%02d%02d%02d", birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear() % 100);
    String number = digits + String.format("%03d", individual);
    char check = "0123456789ABCDEFHJKLMNPRSTUVWXY".charAt((int) (Long.parseLong(number) % 31));
    char century = birth.getYear() >= 2000 ? 'A' : '-';
    return digits + century + String.format("%03d", individual) + check;
  }
}
