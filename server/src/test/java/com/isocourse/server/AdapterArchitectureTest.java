package com.isocourse.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.isocourse.server.ui.WebPage;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * House style §8 and architecture.md: adapters are thin translations to the same use cases and do
 * not reach into each other. The web pages (each a {@link WebPage} in the capability it serves,
 * over the shared helpers of {@code ui}) and the JSON API (the {@code *Controller} classes) both
 * call the use-case services; neither calls the other.
 */
class AdapterArchitectureTest {
  private static final JavaClasses SERVER =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("com.isocourse");

  /** A page, or a type nested in one. */
  private static final DescribedPredicate<JavaClass> PAGE =
      DescribedPredicate.describe(
          "a page",
          c -> {
            JavaClass top = c;
            while (top.getEnclosingClass().isPresent()) {
              top = top.getEnclosingClass().get();
            }
            return top.isAnnotatedWith(WebPage.class);
          });

  @Test
  void pagesDoNotCallTheJsonApiControllers() {
    noClasses()
        .that()
        .resideInAPackage("com.isocourse.server.ui..")
        .or(PAGE)
        .should()
        .dependOnClassesThat(
            JavaClass.Predicates.simpleNameEndingWith("Controller")
                .and(JavaClass.Predicates.resideInAPackage("com.isocourse.server.."))
                .and(JavaClass.Predicates.resideOutsideOfPackage("com.isocourse.server.ui..")))
        .check(SERVER);
  }

  /** Nothing but a page depends on a page, wherever it lives. */
  @Test
  void onlyPagesDependOnPages() {
    noClasses()
        .that()
        .resideInAPackage("com.isocourse.server..")
        .and(DescribedPredicate.not(PAGE))
        .should()
        .dependOnClassesThat(PAGE)
        .check(SERVER);
  }

  /** The JSON API neither calls a page nor uses the pages' helpers in {@code ui}. */
  @Test
  void theJsonApiDoesNotDependOnThePages() {
    noClasses()
        .that()
        .resideInAPackage("com.isocourse.server..")
        .and()
        .resideOutsideOfPackage("com.isocourse.server.ui..")
        .and()
        .haveSimpleNameEndingWith("Controller")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.isocourse.server.ui..")
        .orShould()
        .dependOnClassesThat(PAGE)
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
