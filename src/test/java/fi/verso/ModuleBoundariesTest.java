package fi.verso;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import fi.verso.support.ModuleRules;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every package directly under {@code fi.verso} is a module (and each {@code fi.verso.shared.*}); the
 * rules are written for any module, so a new one is covered the day it appears.
 */
class ModuleBoundariesTest {
  private static final ModuleRules RULES = ModuleRules.under("fi.verso");
  private static final String CLOCK_CONFIG = "fi.verso.calendar.ClockConfig";

  /** Main code only; jte's generated template classes are not ours to structure. */
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(location -> !location.contains("/gg/jte/generated/"))
          .importPackages("fi.verso");

  @Test
  void theModulesAreFoundFromThePackages() {
    Set<String> modules =
        MAIN.stream().map(RULES::moduleOf).flatMap(Optional::stream).collect(Collectors.toCollection(TreeSet::new));
    assertThat(modules)
        .contains("accesslog", "calendar", "catalogue", "employee", "organisation", "shared.security", "shared.web");
    assertThat(MAIN.stream().map(JavaClass::getPackageName)).noneMatch(p -> p.startsWith("gg.jte"));
  }

  @Test
  void sharedDependsOnNoBusinessModule() {
    RULES.sharedDependsOnNoBusinessModule().check(MAIN);
  }

  @Test
  void modulesDoNotDependOnEachOtherInACycle() {
    RULES.modulesAreFreeOfCycles().check(MAIN);
  }

  @Test
  void aModuleIsUsedOnlyThroughItsRootPackage() {
    RULES.modulesAreUsedOnlyThroughTheirRootPackage().check(MAIN);
  }

  @Test
  void controllersAndQueriesAreNotUsedOutsideTheirModule() {
    RULES.controllersAndQueriesAreNotUsedOutsideTheirModule().check(MAIN);
  }

  @Test
  void onlyTheClockConfigurationReadsTheSystemClock() {
    RULES.timeComesFromTheInjectedClock(CLOCK_CONFIG).check(MAIN);
  }

  /** The rules are only worth something if they fail: a small broken layout in package archfixture. */
  @Test
  void theRulesCatchTheViolationsTheyAreWrittenFor() {
    JavaClasses broken = new ClassFileImporter().importPackages("archfixture");
    ModuleRules rules = ModuleRules.under("archfixture");

    assertThat(violations(rules.sharedDependsOnNoBusinessModule(), broken))
        .contains("archfixture.shared.util.SharedHelper")
        .contains("archfixture.beta.BetaService");
    assertThat(violations(rules.modulesAreFreeOfCycles(), broken)).contains("alpha").contains("beta");
    assertThat(violations(rules.modulesAreUsedOnlyThroughTheirRootPackage(), broken))
        .contains("archfixture.alpha.internal.AlphaSecret")
        .doesNotContain("archfixture.alpha.AlphaService>");
    assertThat(violations(rules.controllersAndQueriesAreNotUsedOutsideTheirModule(), broken))
        .contains("archfixture.alpha.AlphaQueries")
        .contains("archfixture.alpha.AlphaController");
    assertThat(violations(rules.timeComesFromTheInjectedClock(), broken))
        .contains("LocalDate.now()")
        .contains("Instant.now()")
        .doesNotContain("BetaClock");
  }

  private static String violations(ArchRule rule, JavaClasses classes) {
    EvaluationResult result = rule.evaluate(classes);
    assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
    return String.join("\n", result.getFailureReport().getDetails());
  }
}
