package fi.verso.decision;

import java.util.List;

/**
 * A support measure a decision is about, with its legal basis. The basis decides whether consent is needed,
 * which client relationship the child must have, where an appeal goes, and whether the measure is reassessed.
 */
public enum Measure {
  INTENSIFIED_FAMILY_WORK(Basis.LSL_OPEN_CARE, "LSL_34", "LSL_36"),
  FAMILY_REHABILITATION(Basis.LSL_OPEN_CARE, "LSL_34", "LSL_36"),
  SUPPORT_PERSON(Basis.LSL_OPEN_CARE, "LSL_34", "LSL_36"),
  SUPPORT_FAMILY(Basis.LSL_OPEN_CARE, "LSL_34", "LSL_36"),
  PEER_GROUP(Basis.LSL_OPEN_CARE, "LSL_34", "LSL_36"),
  FINANCIAL_AND_OTHER_SUPPORT(Basis.LSL_OPEN_CARE, "LSL_34", "LSL_35", "LSL_36"),
  THERAPY(Basis.LSL_OPEN_CARE, "LSL_34", "LSL_36"),
  /** A placement of the child, alone or with the family, as an open-care support measure. */
  OPEN_CARE_PLACEMENT(Basis.LSL_OPEN_CARE_PLACEMENT, "LSL_34", "LSL_37"),
  SOCIAL_GUIDANCE(Basis.SHL_SERVICE, "SHL_16"),
  FAMILY_WORK(Basis.SHL_SERVICE, "SHL_18"),
  HOME_HELP(Basis.SHL_SERVICE, "SHL_19"),
  SUPPORT_PERSON_SHL(Basis.SHL_SERVICE, "SHL_28"),
  SUPPORT_FAMILY_SHL(Basis.SHL_SERVICE, "SHL_28"),
  PEER_GROUP_SHL(Basis.SHL_SERVICE, "SHL_28");

  /** The law a measure is given under. */
  public enum Basis {
    /** Open-care support measures, LSL 34-36 §: voluntary, for child welfare clients. */
    LSL_OPEN_CARE,
    /** A placement as an open-care support measure, LSL 37 §: voluntary, reassessed every three months. */
    LSL_OPEN_CARE_PLACEMENT,
    /** A social welfare service under SHL, applied for by the family. */
    SHL_SERVICE
  }

  private final Basis basis;
  private final List<String> provisions;

  Measure(Basis basis, String... provisions) {
    this.basis = basis;
    this.provisions = List.of(provisions);
  }

  public Basis basis() {
    return basis;
  }

  /** Keys of the provisions applied (the letter bundle words them): the measure's own sections. */
  public List<String> provisions() {
    return provisions;
  }

  /** Child welfare open-care measures are voluntary: consent is how they are (LSL 34 §, 37 §). */
  public boolean requiresConsent() {
    return basis != Basis.SHL_SERVICE;
  }

  /** Open-care support measures are given to child welfare clients (LSL 34 §). */
  public boolean requiresChildWelfareClient() {
    return basis != Basis.SHL_SERVICE;
  }

  public boolean isPlacement() {
    return basis == Basis.LSL_OPEN_CARE_PLACEMENT;
  }

  /** Where an appeal against a decision on this measure goes first. */
  public AppealInstructions.Category appealCategory() {
    return basis == Basis.SHL_SERVICE
        ? AppealInstructions.Category.SHL_SERVICE
        : AppealInstructions.Category.LSL_OPEN_CARE;
  }
}
