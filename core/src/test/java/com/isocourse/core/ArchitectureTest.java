package com.isocourse.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * House style §2/§4: the clinical rules stay framework-free (JDK only) and the capability packages
 * form no cycles, so each can be read and tested on its own.
 */
class ArchitectureTest {
  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("com.isocourse.core");

  @Test
  void coreDependsOnTheJdkOnly() {
    classes()
        .that()
        .resideInAPackage("com.isocourse.core..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("com.isocourse.core..", "java..")
        .check(CORE);
  }

  @Test
  void capabilityPackagesHaveNoCycles() {
    slices().matching("com.isocourse.core.(*)..").should().beFreeOfCycles().check(CORE);
  }

  @Test
  void coreNeverReadsTheClock() {
    noClasses()
        .that()
        .resideInAPackage("com.isocourse.core..")
        .should()
        .callMethodWhere(
            JavaCall.Predicates.target(HasName.Predicates.name("now"))
                .and(
                    JavaCall.Predicates.target(
                        HasOwner.Predicates.With.owner(
                            JavaClass.Predicates.resideInAPackage("java.time")))))
        .because("the evaluation date is an argument (house style §4)")
        .check(CORE);
  }
}
