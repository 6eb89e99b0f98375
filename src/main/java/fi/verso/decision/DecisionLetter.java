package fi.verso.decision;

import fi.verso.shared.i18n.OfficialLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything the letter template ({@code src/main/jte/decision/letter.jte}) shows, in the decision's official
 * language. The template asks for texts with {@link #text} (never {@code t(...)}: that name is kept for page
 * messages, which the bundle tests check against {@code messages/}).
 */
public final class DecisionLetter {
  /** Finnish and Finland-Swedish write dates the same way. */
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

  private static final String CSS = resource("/letters/decision-letter.css");

  /** Who the copy is addressed to: the guardians, or the child aged 12 or over (LSL 32 a §, 89 §). */
  public enum Recipient {
    GUARDIANS,
    CHILD
  }

  private final LetterTexts.In texts;
  private final Recipient recipient;
  private final DecisionView decision;
  private final Decisions.ChildContext context;
  private final List<DecisionView.Consent> consents;
  private final List<DecisionView.Hearing> hearings;
  private final String authority;
  private final String unit;
  private final AppealAuthority appealAuthority;
  private final AppealInstructions.Route route;
  private final LocalDate date;

  DecisionLetter(
      LetterTexts.In texts,
      Recipient recipient,
      DecisionView decision,
      Decisions.ChildContext context,
      List<DecisionView.Consent> consents,
      List<DecisionView.Hearing> hearings,
      String authority,
      String unit,
      AppealAuthority appealAuthority,
      AppealInstructions.Route route,
      LocalDate date) {
    this.texts = texts;
    this.recipient = recipient;
    this.decision = decision;
    this.context = context;
    this.consents = List.copyOf(consents);
    this.hearings = List.copyOf(hearings);
    this.authority = authority;
    this.unit = unit;
    this.appealAuthority = appealAuthority;
    this.route = route;
    this.date = date;
  }

  public String text(String key, Object... args) {
    return texts.text(key, args);
  }

  public OfficialLanguage language() {
    return texts.language();
  }

  public String lang() {
    return texts.language().code();
  }

  public String css() {
    return CSS;
  }

  public String date(LocalDate day) {
    return day == null ? "" : DATE.format(day);
  }

  public String date(Optional<LocalDate> day) {
    return day.map(DATE::format).orElse("");
  }

  public DecisionView decision() {
    return decision;
  }

  public boolean draft() {
    return decision.isDraft();
  }

  /** The day on the letter: the decision date (a draft's preview: today). */
  public String letterDate() {
    return date(date);
  }

  public String title() {
    return decision.reference()
        .map(ref -> text("letter.documentTitle.reference", ref))
        .orElse(text("letter.documentTitle.draft"));
  }

  public boolean toChild() {
    return recipient == Recipient.CHILD;
  }

  public String authority() {
    return authority;
  }

  public String unit() {
    return unit;
  }

  public Party child() {
    return context.child();
  }

  public List<Party> guardians() {
    return context.guardians();
  }

  public String guardianNames() {
    return context.guardians().stream().map(Party::name).collect(Collectors.joining(", "));
  }

  public String recipientNames() {
    return toChild() || context.guardians().isEmpty() ? context.child().name() : guardianNames();
  }

  /** Whether the child is 12 or over on the decision date: a copy of their own and their own right to appeal. */
  public boolean childHasOwnVoice() {
    return ChildAge.hasOwnVoice(context.child().birthDate(), date);
  }

  public boolean consentNeeded() {
    return ConsentRules.needsConsent(decision.measure(), decision.type());
  }

  public List<DecisionView.Consent> consents() {
    return consents;
  }

  public List<DecisionView.Hearing> hearings() {
    return hearings;
  }

  /** The provisions applied: the measure's own sections, the hearing, then what the worker added. */
  public List<String> provisions() {
    List<String> all = new ArrayList<>();
    decision.measure().provisions().forEach(key -> all.add(text("letter.provision." + key)));
    all.add(text("letter.provision.HL_34"));
    all.add(text("letter.provision.SHL_45"));
    return all;
  }

  /** Set by the caller from {@link AppealInstructions#routeFor}, the one place that rule lives. */
  public AppealInstructions.Route route() {
    return route;
  }

  public boolean requestForCorrection() {
    return route() == AppealInstructions.Route.REQUEST_FOR_CORRECTION;
  }

  public AppealAuthority appealAuthority() {
    return appealAuthority;
  }

  public String correctionBody() {
    return appealAuthority.correctionBody(language());
  }

  public String court() {
    return appealAuthority.court(language());
  }

  public int appealDays() {
    return AppealInstructions.APPEAL_PERIOD_DAYS;
  }

  private static String resource(String path) {
    try (InputStream in = DecisionLetter.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
