package com.isocourse.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 3: the bench measures the server from outside. Its code uses the published modules
 * (core, contract), the server's HTTP API and the tables the server writes — no server class,
 * except the embedded PostgreSQL launcher that hosts the database it measures on. (Tests may use
 * server classes to check the bench's own reading against the server's.)
 */
class BenchArchitectureTest {
  private static final ArchRule NO_SERVER_CLASS_BUT_THE_DATABASE =
      noClasses()
          .that()
          .resideInAPackage("com.isocourse.bench..")
          .should()
          .dependOnClassesThat(
              DescribedPredicate.describe(
                  "server classes other than the embedded PostgreSQL launcher",
                  c ->
                      c.getPackageName().startsWith("com.isocourse.server")
                          && !c.getPackageName().equals("com.isocourse.server.platform.db")))
          .because("the bench measures the server from outside (issue 13 item 3)");

  @Test
  void theBenchUsesNoServerInternals() {
    JavaClasses bench =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.isocourse.bench");
    NO_SERVER_CLASS_BUT_THE_DATABASE.check(bench);
  }

  /** The rule can fail: the bench's tests do use server classes (to cross-check the bench). */
  @Test
  void theRuleFailsOnCodeThatUsesServerInternals() {
    JavaClasses tests =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("com.isocourse.bench");
    assertThatThrownBy(() -> NO_SERVER_CLASS_BUT_THE_DATABASE.check(tests))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("com.isocourse.server.courses.CaseFiles");
  }
}
