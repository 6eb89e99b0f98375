package fi.verso.decision;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verso.shared.i18n.OfficialLanguage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The letter as a reader gets it: rendered to PDF and read back as text, in Finnish and in Swedish, with the
 * appeal instructions the decision's route calls for. No database: the letter is built from its parts.
 */
class DecisionLetterTest {
  private static final LetterTexts TEXTS = new LetterTexts();
  private static final DecisionLetterRenderer RENDERER = new DecisionLetterRenderer();

  private static final Party CHILD =
      new Party(UUID.randomUUID(), "Äijä Öhman-Åkerö", PartyRole.CHILD, Optional.of(LocalDate.of(2012, 5, 1)));
  private static final Party MOTHER = new Party(UUID.randomUUID(), "Sääde Öhman", PartyRole.GUARDIAN, Optional.empty());
  private static final Party FATHER = new Party(UUID.randomUUID(), "Jöns Åkerö", PartyRole.GUARDIAN, Optional.empty());
  private static final AppealAuthority AUTHORITY =
      new AppealAuthority(
          "Yksilöasioiden jaosto, Etelä-Savo",
          "Sektionen för individärenden, Södra Savolax",
          Optional.of("PL 1, 50100 Mikkeli"),
          Optional.empty(),
          "Itä-Suomen hallinto-oikeus",
          "Östra Finlands förvaltningsdomstol",
          "Minna Canthin katu 64, PL 1744, 70101 Kuopio",
          Optional.of("ita-suomi.hao@oikeus.fi"));

  private static DecisionView decided(OfficialLanguage language, Measure measure) {
    return new DecisionView(
        UUID.randomUUID(),
        CHILD.personId(),
        UUID.randomUUID(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of("2026-0042"),
        DecisionType.GRANT,
        measure,
        language,
        Optional.of(LocalDate.of(2026, 4, 1)),
        Optional.of(LocalDate.of(2026, 9, 30)),
        Optional.empty(),
        "Arjen rytmi löytyy.",
        "Perheen tilanne on kuormittunut.",
        "",
        Optional.empty(),
        Optional.of(new DecisionView.Employee(UUID.randomUUID(), "Testi Yhteyshenkilö", "Sosiaalityöntekijä")),
        "puh. 040 000 0000",
        DecisionState.SENT,
        Optional.of(LocalDate.of(2026, 3, 5)),
        Optional.of(new DecisionView.Employee(UUID.randomUUID(), "Testi Päättäjä", "Johtava sosiaalityöntekijä")),
        Optional.of(DeliveryChannel.LETTER),
        Optional.of(LocalDate.of(2026, 3, 6)),
        Optional.of(LocalDate.of(2026, 3, 13)),
        Optional.of(LocalDate.of(2026, 4, 13)),
        3);
  }

  private static String pdfText(
      DecisionView decision, DecisionLetter.Recipient recipient, AppealInstructions.Route route) throws IOException {
    Decisions.ChildContext context =
        new Decisions.ChildContext(CHILD, Optional.of("fi"), List.of(MOTHER, FATHER), List.of());
    List<DecisionView.Consent> consents =
        List.of(
            new DecisionView.Consent(1, MOTHER.personId(), MOTHER.name(), PartyRole.GUARDIAN, decision.measure(), true,
                LocalDate.of(2026, 3, 2), ContactMethod.IN_PERSON));
    DecisionLetter letter =
        new DecisionLetter(
            TEXTS.in(decision.language()),
            recipient,
            decision,
            context,
            consents,
            List.of(),
            decision.language() == OfficialLanguage.SV ? "Samkommunen i Södra Savolax" : "Etelä-Savon kuntayhtymä",
            decision.language() == OfficialLanguage.SV ? "Barnskyddet" : "Lastensuojelu",
            AUTHORITY,
            route,
            decision.decidedOn().orElseThrow());
    byte[] pdf = RENDERER.pdf(letter);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  @Test
  void aFinnishLetterReadsBackWithItsFinnishLettersAndTheRequestForCorrection() throws IOException {
    String text =
        pdfText(decided(OfficialLanguage.FI, Measure.INTENSIFIED_FAMILY_WORK), DecisionLetter.Recipient.GUARDIANS,
            AppealInstructions.Route.REQUEST_FOR_CORRECTION);

    assertThat(text)
        .contains("PÄÄTÖS", "Etelä-Savon kuntayhtymä", "2026-0042", "5.3.2026")
        .contains("Sääde Öhman, Jöns Åkerö")
        .contains("Äijä Öhman-Åkerö, syntynyt 1.5.2012")
        .contains("Lapselle myönnetään tukitoimi: tehostettu perhetyö.")
        .contains("Lastensuojelulaki (417/2007) 36 §", "Hallintolaki (434/2003) 34 §")
        .contains("Testi Päättäjä, Johtava sosiaalityöntekijä", "Testi Yhteyshenkilö", "puh. 040 000 0000")
        .contains("Päätös on lähetetty tavallisena kirjeenä 6.3.2026.")
        .contains("Oikaisuvaatimusohje", "Yksilöasioiden jaosto, Etelä-Savo", "Itä-Suomen hallinto-oikeus")
        .contains("Tämän päätöksen tiedoksisaantipäivä on 13.3.2026, ja muutosta on haettava viimeistään 13.4.2026.")
        .contains("Sääde Öhman: suostumus annettu 2.3.2026 (henkilökohtaisesti)")
        .doesNotContain("suoraan hallinto-oikeuteen", "Valitusaika", "LUONNOS");
  }

  @Test
  void aSwedishLetterIsWhollySwedish() throws IOException {
    String text =
        pdfText(decided(OfficialLanguage.SV, Measure.INTENSIFIED_FAMILY_WORK), DecisionLetter.Recipient.GUARDIANS,
            AppealInstructions.Route.REQUEST_FOR_CORRECTION);

    assertThat(text)
        .contains("BESLUT", "Samkommunen i Södra Savolax", "Ärendenummer", "2026-0042")
        .contains("Barnet beviljas stödåtgärden: intensifierat familjearbete.")
        .contains("Barnskyddslagen (417/2007) 36 §", "Förvaltningslagen (434/2003) 34 §")
        .contains("Anvisning för begäran om omprövning", "Sektionen för individärenden, Södra Savolax")
        .contains("Östra Finlands förvaltningsdomstol")
        .contains("Delfåendedagen för detta beslut är 13.3.2026, och ändring ska sökas senast 13.4.2026.")
        .doesNotContain("PÄÄTÖS", "Oikaisuvaatimusohje", "Lastensuojelulaki", "Johtava sosiaalityöntekijä");
  }

  @Test
  void aDecisionListedInLsl90GoesStraightToTheAdministrativeCourtInBothLanguages() throws IOException {
    String finnish =
        pdfText(decided(OfficialLanguage.FI, Measure.INTENSIFIED_FAMILY_WORK), DecisionLetter.Recipient.GUARDIANS,
            AppealInstructions.Route.ADMINISTRATIVE_COURT);
    String swedish =
        pdfText(decided(OfficialLanguage.SV, Measure.INTENSIFIED_FAMILY_WORK), DecisionLetter.Recipient.GUARDIANS,
            AppealInstructions.Route.ADMINISTRATIVE_COURT);

    assertThat(finnish)
        .contains("Valitusosoitus", "suoraan hallinto-oikeuteen (lastensuojelulaki 90 § 1 momentti)")
        .contains("Itä-Suomen hallinto-oikeus", "Minna Canthin katu 64, PL 1744, 70101 Kuopio")
        .doesNotContain("Oikaisuvaatimusohje");
    assertThat(swedish).contains("Besvärsanvisning", "direkt hos förvaltningsdomstolen").doesNotContain("omprövning");
  }

  @Test
  void theChildsOwnCopyIsAddressedToTheChildAndTellsOfTheirOwnRightToAppeal() throws IOException {
    String text =
        pdfText(decided(OfficialLanguage.FI, Measure.SUPPORT_PERSON), DecisionLetter.Recipient.CHILD,
            AppealInstructions.Route.REQUEST_FOR_CORRECTION);

    assertThat(text)
        .contains("Vastaanottaja (lapsen oma kappale) Äijä Öhman-Åkerö")
        .contains("Tämä on sinun oma kappaleesi päätöksestä")
        .contains("Lapsi, joka on täyttänyt 12 vuotta, voi hakea muutosta itse");
  }

  private static String pageText(PDDocument document, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(document).replaceAll("\\s+", " ").strip();
  }

  @Test
  void theLetterEmbedsItsFontAndTheAppealInstructionsStartOnAPageOfTheirOwn() throws IOException {
    DecisionView decision = decided(OfficialLanguage.FI, Measure.FAMILY_WORK);
    Decisions.ChildContext context = new Decisions.ChildContext(CHILD, Optional.empty(), List.of(MOTHER), List.of());
    DecisionLetter letter =
        new DecisionLetter(TEXTS.in(OfficialLanguage.FI), DecisionLetter.Recipient.GUARDIANS, decision, context,
            List.of(), List.of(), "Kuntayhtymä", "Perhepalvelut", AUTHORITY,
            AppealInstructions.Route.REQUEST_FOR_CORRECTION, LocalDate.of(2026, 3, 5));
    try (PDDocument document = Loader.loadPDF(RENDERER.pdf(letter))) {
      int pages = document.getNumberOfPages();
      int appealStarts = 0;
      for (int page = 1; page <= pages && appealStarts == 0; page++) {
        if (pageText(document, page).contains("Tähän päätökseen tyytymätön")) {
          appealStarts = page;
        }
      }
      assertThat(appealStarts).isGreaterThan(1);
      assertThat(pageText(document, appealStarts)).startsWith(appealStarts + " / " + pages + " Liite päätökseen 2026-0042 (5.3.2026) Oikaisuvaatimusohje");
      assertThat(pageText(document, appealStarts - 1)).doesNotContain("Oikaisuvaatimusaika");
      for (var page : document.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          assertThat(font.getName()).contains("LiberationSans");
        }
      }
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Päätös 2026-0042");
    }
  }
}
