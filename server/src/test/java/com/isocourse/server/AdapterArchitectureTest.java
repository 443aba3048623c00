package com.isocourse.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * House style §8 and architecture.md: adapters are thin translations to the same use cases and do
 * not reach into each other. The web pages ({@code ui}) and the JSON API (the {@code *Controller}
 * classes) both call the use-case services; neither calls the other.
 */
class AdapterArchitectureTest {
  private static final JavaClasses SERVER =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("com.isocourse");

  @Test
  void pagesDoNotCallTheJsonApiControllers() {
    noClasses()
        .that()
        .resideInAPackage("com.isocourse.server.ui..")
        .should()
        .dependOnClassesThat(
            JavaClass.Predicates.simpleNameEndingWith("Controller")
                .and(JavaClass.Predicates.resideInAPackage("com.isocourse.server.."))
                .and(JavaClass.Predicates.resideOutsideOfPackage("com.isocourse.server.ui..")))
        .check(SERVER);
  }

  @Test
  void theJsonApiDoesNotDependOnThePages() {
    noClasses()
        .that()
        .resideInAPackage("com.isocourse.server..")
        .and()
        .resideOutsideOfPackage("com.isocourse.server.ui..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.isocourse.server.ui..")
        .check(SERVER);
  }

  @Test
  void theRulesStayInCore() {
    noClasses()
        .that()
        .resideInAPackage("com.isocourse.core..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.isocourse.server..")
        .check(SERVER);
  }
}
