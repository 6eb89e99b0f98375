package fi.verso.service;

/** Tukihenkilö or tukiperhe (SHL 28 §, LSL 36 §). */
public enum SupportProviderKind {
  /** Meets the child in the child's own surroundings, a couple of hours every week or two. */
  SUPPORT_PERSON,
  /** The child takes part in the family's everyday life and stays overnight, e.g. one weekend a month. */
  SUPPORT_FAMILY
}
