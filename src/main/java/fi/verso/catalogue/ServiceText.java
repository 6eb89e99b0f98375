package fi.verso.catalogue;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** A service description in one language: every {@link TextField}, empty when not written. */
public record ServiceText(Map<TextField, String> values) {
  public ServiceText {
    EnumMap<TextField, String> copy = new EnumMap<>(TextField.class);
    for (TextField f : TextField.values()) {
      String v = values.get(f);
      copy.put(f, v == null ? "" : v);
    }
    values = Collections.unmodifiableMap(copy);
  }

  public static ServiceText empty() {
    return new ServiceText(Map.of());
  }

  public String get(TextField field) {
    return values.get(field);
  }

  public boolean has(TextField field) {
    return !values.get(field).isBlank();
  }

  public String name() {
    return get(TextField.NAME);
  }

  public String summary() {
    return get(TextField.SUMMARY);
  }
}
