package fi.verso.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/access-matrix.md is what {@link AccessMatrix} generates from the actions, never stale. */
class AccessMatrixTest {
  private static final Path DOCUMENT = Path.of("docs", "access-matrix.md");
  private static final String WRITE = "verso.writeAccessMatrix";

  @Test
  void theCommittedAccessMatrixIsTheGeneratedOne() throws IOException {
    String generated = AccessMatrix.markdown();
    if (Boolean.getBoolean(WRITE)) {
      Files.createDirectories(DOCUMENT.getParent());
      Files.writeString(DOCUMENT, generated, StandardCharsets.UTF_8);
    }
    String committed = Files.exists(DOCUMENT) ? Files.readString(DOCUMENT, StandardCharsets.UTF_8) : "";
    assertThat(committed)
        .as(
            "%s is out of date with Action. Regenerate it with%n"
                + "  ./mvnw -B -o -q test -Dtest=AccessMatrixTest -D%s=true%n"
                + "and commit the result.",
            DOCUMENT, WRITE)
        .isEqualTo(generated);
  }

  @Test
  void everyActionIsInTheMatrixWithItsDescriptionAndRules() {
    String matrix = AccessMatrix.markdown();
    for (Action action : Action.values()) {
      assertThat(matrix).contains("| `" + action.name() + "` | " + action.description() + " | ");
      action.rules().forEach(rule -> assertThat(matrix).contains(rule.describe()));
    }
  }

  @Test
  void theMatrixTellsGlobalAndTargetScopedActionsApart() {
    String matrix = AccessMatrix.markdown();
    assertThat(matrix).contains("`CATALOGUE_MANAGE` | ").contains("global role ADMIN or CATALOGUE_ADMIN | global |");
    assertThat(matrix).contains("| `PUBLIC_PAGE_VIEW` | yes |");
    assertThat(matrix).contains("| `ACCESS_LOG_READ` | – |");
  }
}
