package fi.verso.catalogue;

import fi.verso.shared.i18n.UiLanguage;

/**
 * The texts of a service description, written once per language. The order here is the order of the
 * public page and of the admin form; the limits are the database's too.
 */
public enum TextField {
  NAME("name", "name", 200, true, 1),
  SUMMARY("summary", "summary", 500, true, 3),
  DESCRIPTION("description", "description", 10_000, false, 10),
  TARGET_GROUP("targetGroup", "target_group", 10_000, false, 6),
  TERMS("terms", "terms", 10_000, false, 6),
  HOW_TO_GET("howToGet", "how_to_get", 10_000, false, 6),
  COST("cost", "cost", 10_000, false, 2),
  LEGAL_BASIS("legalBasis", "legal_basis", 10_000, false, 4),
  PROVIDER("provider", "provider", 10_000, false, 2),
  RESPONSIBLE_ORGANISATION("responsibleOrganisation", "responsible_organisation", 10_000, false, 2);

  private final String key;
  private final String column;
  private final int maxLength;
  private final boolean required;
  private final int rows;

  TextField(String key, String column, int maxLength, boolean required, int rows) {
    this.key = key;
    this.column = column;
    this.maxLength = maxLength;
    this.required = required;
    this.rows = rows;
  }

  /** Part of form field names and message keys ({@code field.<key>}). */
  public String key() {
    return key;
  }

  String column() {
    return column;
  }

  public int maxLength() {
    return maxLength;
  }

  public boolean required() {
    return required;
  }

  /** The name is one line; everything else may hold paragraphs. */
  public boolean multiline() {
    return rows > 1;
  }

  public int rows() {
    return rows;
  }

  /** The form field of this text in one language, e.g. {@code sv-name}: its id and its name. */
  public String fieldId(UiLanguage lang) {
    return lang.code() + "-" + key;
  }
}
