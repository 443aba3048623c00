package com.isocourse.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * House style §2/§4: the clinical rules stay framework-free (JDK only), the capability packages
 * form no cycles, so each can be read and tested on its own, and the date is always passed in. Each
 * rule is also run against a planted violation under {@code archfixtures} (test sources only) to
 * show that it can fail.
 */
class ArchitectureTest {
  private static final String CORE_PACKAGE = "com.isocourse.core";
  private static final String FIXTURES = CORE_PACKAGE + ".archfixtures";

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(CORE_PACKAGE);

  private static final JavaClasses PLANTED = new ClassFileImporter().importPackages(FIXTURES);

  static final ArchRule DEPENDS_ON_THE_JDK_ONLY =
      classes()
          .that()
          .resideInAPackage(CORE_PACKAGE + "..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(CORE_PACKAGE + "..", "java..");

  static final ArchRule NEVER_READS_THE_CLOCK =
      noClasses()
          .that()
          .resideInAPackage(CORE_PACKAGE + "..")
          .should()
          .callMethodWhere(
              JavaCall.Predicates.target(HasName.Predicates.name("now"))
                  .and(
                      JavaCall.Predicates.target(
                          HasOwner.Predicates.With.owner(
                              JavaClass.Predicates.resideInAPackage("java.time")))))
          .because("the evaluation date is an argument (house style §4)");

  /** The packages directly under {@code root} (with their subpackages) form no cycle. */
  static ArchRule noCyclesBetweenPackagesUnder(String root) {
    return slices().matching(root + ".(*)..").should().beFreeOfCycles();
  }

  @Test
  void coreDependsOnTheJdkOnly() {
    DEPENDS_ON_THE_JDK_ONLY.check(CORE);
  }

  @Test
  void capabilityPackagesHaveNoCycles() {
    noCyclesBetweenPackagesUnder(CORE_PACKAGE).check(CORE);
  }

  @Test
  void coreNeverReadsTheClock() {
    NEVER_READS_THE_CLOCK.check(CORE);
  }

  @Test
  void theProductionImportHoldsTheRulesButNotThePlantedViolations() {
    assertThat(CORE.containPackage(CORE_PACKAGE + ".authorization")).isTrue();
    assertThat(CORE.containPackage(FIXTURES + ".framework")).isFalse();
  }

  @Test
  void aFrameworkDependencyIsReported() {
    assertViolationNaming(DEPENDS_ON_THE_JDK_ONLY.evaluate(PLANTED), "FrameworkDependentRule");
  }

  @Test
  void aPackageCycleIsReported() {
    assertViolationNaming(
        noCyclesBetweenPackagesUnder(FIXTURES + ".cycle").evaluate(PLANTED), "Prescribing");
  }

  @Test
  void readingTheClockIsReported() {
    assertViolationNaming(NEVER_READS_THE_CLOCK.evaluate(PLANTED), "ClockReadingRule");
  }

  private static void assertViolationNaming(EvaluationResult result, String className) {
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails()).anyMatch(d -> d.contains(className));
  }
}
