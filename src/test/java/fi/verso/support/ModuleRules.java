package fi.verso.support;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * Module boundaries as ArchUnit rules, for any root package: every package directly under the root is a
 * module, except {@code shared}, whose sub-packages ({@code shared.security}, {@code shared.web}, ...)
 * are each a small module of their own. A module's root package is its public surface; its sub-packages
 * are private to it. New modules are covered without touching the rules.
 */
public final class ModuleRules {
  private static final String SHARED = "shared";

  /** Time sources that bypass the injected clock. {@code now(Clock)} is fine: that is the injected one. */
  private static final Set<String> CLOCK_OWNERS =
      Set.of(
          "java.time.LocalDate",
          "java.time.LocalDateTime",
          "java.time.LocalTime",
          "java.time.Instant",
          "java.time.ZonedDateTime",
          "java.time.OffsetDateTime",
          "java.time.OffsetTime",
          "java.time.Year",
          "java.time.YearMonth",
          "java.time.MonthDay");

  private final String root;

  private ModuleRules(String root) {
    this.root = root;
  }

  public static ModuleRules under(String rootPackage) {
    return new ModuleRules(rootPackage);
  }

  /**
   * The module a class belongs to: {@code catalogue}, {@code shared.security}; empty for classes outside
   * the root or directly in it (the application class).
   */
  public Optional<String> moduleOf(JavaClass type) {
    String pkg = type.getPackageName();
    if (!pkg.startsWith(root + ".")) {
      return Optional.empty();
    }
    String[] parts = pkg.substring(root.length() + 1).split("\\.");
    if (parts[0].equals(SHARED)) {
      return Optional.of(parts.length > 1 ? SHARED + "." + parts[1] : SHARED);
    }
    return Optional.of(parts[0]);
  }

  private String rootPackageOf(String module) {
    return root + "." + module;
  }

  private boolean inProject(JavaClass type) {
    return type.getPackageName().equals(root) || type.getPackageName().startsWith(root + ".");
  }

  /** {@code shared} is generic: it may not know any business module (nor the application class). */
  public ArchRule sharedDependsOnNoBusinessModule() {
    return classes()
        .that(inModule(m -> m.equals(SHARED) || m.startsWith(SHARED + ".")))
        .should(
            onlyDependOn(
                "only on other shared modules",
                (origin, target) ->
                    !inProject(target) || moduleOf(target).filter(m -> m.startsWith(SHARED)).isPresent()))
        .because("shared holds small generic parts that every module may use, so it cannot use them");
  }

  /** A module reaches another only through that module's root package; sub-packages are private. */
  public ArchRule modulesAreUsedOnlyThroughTheirRootPackage() {
    return classes()
        .that(inModule(m -> true))
        .should(
            onlyDependOn(
                "on other modules only through their root package",
                (origin, target) -> {
                  Optional<String> targetModule = moduleOf(target);
                  if (targetModule.isEmpty() || targetModule.equals(moduleOf(origin))) {
                    return true;
                  }
                  return target.getPackageName().equals(rootPackageOf(targetModule.get()));
                }))
        .because("a module's sub-packages (such as internal) are its own business");
  }

  /** Controllers and SQL ({@code *Queries}) belong to their module alone. */
  public ArchRule controllersAndQueriesAreNotUsedOutsideTheirModule() {
    return classes()
        .that(inModule(m -> true))
        .should(
            onlyDependOn(
                "on no controller or *Queries class of another module",
                (origin, target) -> {
                  Optional<String> targetModule = moduleOf(target);
                  if (targetModule.isEmpty() || targetModule.equals(moduleOf(origin))) {
                    return true;
                  }
                  return !isController(target) && !target.getSimpleName().endsWith("Queries");
                }))
        .because("a module's public surface is its service, events, IDs and read models");
  }

  /** No cycles between modules, {@code shared}'s sub-modules included. */
  public ArchRule modulesAreFreeOfCycles() {
    SliceAssignment byModule =
        new SliceAssignment() {
          @Override
          public SliceIdentifier getIdentifierOf(JavaClass type) {
            return moduleOf(type).map(SliceIdentifier::of).orElse(SliceIdentifier.ignore());
          }

          @Override
          public String getDescription() {
            return "modules under " + root;
          }
        };
    return SlicesRuleDefinition.slices().assignedFrom(byModule).should().beFreeOfCycles();
  }

  /**
   * Time comes from the one injected {@link java.time.Clock}: no {@code now()} without a clock, no
   * {@code System.currentTimeMillis()}, no {@code new Date()}, no system clocks made on the side. The
   * clock's own configuration is the one exception.
   */
  public ArchRule timeComesFromTheInjectedClock(String... allowedClasses) {
    List<String> allowed = List.of(allowedClasses);
    return classes()
        .that(
            DescribedPredicate.describe(
                "are in " + root + " (except " + allowed + ")",
                (JavaClass c) -> inProject(c) && !allowed.contains(c.getName())))
        .should(
            new ArchCondition<JavaClass>("read the time only from the injected Clock") {
              @Override
              public void check(JavaClass type, ConditionEvents events) {
                for (JavaAccess<?> access : type.getAccessesFromSelf()) {
                  if (readsTheSystemClock(access.getTarget())) {
                    events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                  }
                }
              }
            })
        .because("tests fix the clock, and statutory deadlines must not depend on the server's time");
  }

  private static boolean readsTheSystemClock(AccessTarget target) {
    if (!(target instanceof AccessTarget.CodeUnitAccessTarget call)) {
      return false;
    }
    String owner = call.getOwner().getName();
    String name = call.getName();
    List<String> params = call.getRawParameterTypes().stream().map(JavaClass::getName).toList();
    if (CLOCK_OWNERS.contains(owner) && name.equals("now")) {
      return !params.equals(List.of("java.time.Clock"));
    }
    if (owner.equals("java.lang.System") && name.equals("currentTimeMillis")) {
      return true;
    }
    if (owner.equals("java.time.Clock")
        && (name.equals("systemDefaultZone") || name.equals("systemUTC") || name.equals("system"))) {
      return true;
    }
    return owner.equals("java.util.Date") && name.equals("<init>") && params.isEmpty();
  }

  private static boolean isController(JavaClass type) {
    return type.isMetaAnnotatedWith("org.springframework.stereotype.Controller")
        || type.isAnnotatedWith("org.springframework.stereotype.Controller");
  }

  private DescribedPredicate<JavaClass> inModule(java.util.function.Predicate<String> module) {
    return DescribedPredicate.describe(
        "are in a module under " + root, (JavaClass c) -> moduleOf(c).filter(module).isPresent());
  }

  private interface DependencyCheck {
    boolean allowed(JavaClass origin, JavaClass target);
  }

  private static ArchCondition<JavaClass> onlyDependOn(String description, DependencyCheck check) {
    return new ArchCondition<>("depend " + description) {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass().getBaseComponentType();
          if (!check.allowed(dependency.getOriginClass(), target)) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }
}
