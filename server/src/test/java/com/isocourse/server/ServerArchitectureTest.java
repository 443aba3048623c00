package com.isocourse.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.server.IResourceProvider;
import com.isocourse.server.ui.WebPage;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.elements.GivenClassesConjunction;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Issue 13 item 3: the server is laid out by capability ({@code enrollment}, {@code courses},
 * {@code prescriber}, {@code authorization}, {@code selfreport}, {@code worklist}, {@code alerts},
 * {@code admin}, the interop adapters), each with its API and its pages ({@link WebPage}), over the
 * shared page helpers of {@code ui} and a {@code platform} (security, audit, web, database,
 * refusals). The capability slices form no cycle, the platform depends on no capability, and the
 * use cases speak no web: HTTP and servlet types stay in the adapters (controllers, pages,
 * controller advice, filters, the interop endpoints) and the platform's web glue, and they reach no
 * current request (audit facts are passed to them, ADR 0021); a class is public only where another
 * package uses it, pages included. Each rule is also run against a planted violation under {@code
 * archfixtures} (test sources only) to show that it can fail.
 */
class ServerArchitectureTest {
  private static final String SERVER = "com.isocourse.server";
  private static final String FIXTURES = SERVER + ".archfixtures";

  private static final JavaClasses PRODUCTION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(SERVER);

  private static final JavaClasses PLANTED = new ClassFileImporter().importPackages(FIXTURES);

  /** Production and tests: who uses a class from another package, tests included. */
  private static final JavaClasses WITH_TESTS = new ClassFileImporter().importPackages(SERVER);

  /** Capability slices directly under {@code root}: no cycle between them. */
  static ArchRule noCyclesBetweenSlicesUnder(String root) {
    return slices().matching(root + ".(*)..").should().beFreeOfCycles();
  }

  /** The platform is below every capability: it never reaches up into one. */
  static ArchRule platformDependsOnNoCapability(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + ".platform..")
        .should()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "a capability of the server",
                (JavaClass c) ->
                    c.getPackageName().startsWith(root + ".")
                        && !c.getPackageName().startsWith(root + ".platform")));
  }

  /**
   * The use cases: the services of the capabilities (their controllers, pages and controller advice
   * are adapters).
   */
  private static GivenClassesConjunction useCases(String root) {
    return noClasses()
        .that()
        .resideInAnyPackage(
            root + ".enrollment..",
            root + ".courses..",
            root + ".patients..",
            root + ".worklist..",
            root + ".alerts..",
            root + ".authorization..",
            root + ".platform.refusal..")
        .and(DescribedPredicate.not(ADAPTER));
  }

  /** Use cases speak no web: only adapters touch HTTP and servlet types. */
  static ArchRule useCasesSpeakNoWeb(String root) {
    return useCases(root)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta.servlet..", "org.springframework.web..", "org.springframework.http..")
        .because("services return domain results; the web layer maps them to problems");
  }

  /**
   * Use cases reach no request, not even through another class: what a request touched for its
   * audit row is an {@code AuditFacts} handed to them (ADR 0021), never a side channel in the
   * current request's attributes such as the former {@code PatientTouched}. (A use case naming
   * RequestContextHolder itself is already web, see {@link #useCasesSpeakNoWeb}.) One class is
   * exempt: the product metrics label a counter with the request's door (api or web), an operations
   * label that carries no clinical or audit fact.
   */
  static ArchRule useCasesReachNoRequestContext(String root) {
    return useCases(root)
        .should()
        .transitivelyDependOnClassesThat(
            DescribedPredicate.describe(
                "keep facts in the current request (use RequestContextHolder)",
                (JavaClass c) ->
                    c.getPackageName().startsWith(root)
                        && !c.getName().equals(SERVER + ".platform.metrics.OpsMetrics")
                        && c.getDirectDependenciesFromSelf().stream()
                            .anyMatch(
                                d ->
                                    d.getTargetClass()
                                        .getName()
                                        .equals(
                                            "org.springframework.web.context.request"
                                                + ".RequestContextHolder"))))
        .because("audit facts are passed to the use case, not kept beside it");
  }

  /**
   * Public only where another package needs it: a public top-level class of the server (pages
   * included: a page is reached by URL, so it needs no public type) or one of its nested types is
   * used from another package, tests included. Exempt, with the reason: entry points ({@code main})
   * and the HAPI FHIR resource providers (called by reflection from outside their package), and
   * {@code InputHygieneFilter} (the SCRIPT endpoint reads its body limit, a constant javac copies
   * into the caller).
   *
   * @param sources which classes are checked: production classes, or (for the planted violation)
   *     test classes too
   */
  static ArchRule publicOnlyWhereUsedFromAnotherPackage(
      String root, DescribedPredicate<JavaClass> sources) {
    return classes()
        .that(
            DescribedPredicate.describe(
                "are public top-level classes of " + root,
                (JavaClass c) ->
                    c.getPackageName().startsWith(root)
                        && c.isTopLevelClass()
                        && c.getModifiers().contains(JavaModifier.PUBLIC)
                        && sources.test(c)
                        && c.getMethods().stream().noneMatch(m -> m.getName().equals("main"))
                        && !c.isAssignableTo(IResourceProvider.class)
                        && !c.getName().equals(SERVER + ".platform.web.InputHygieneFilter")))
        .should(
            new ArchCondition<JavaClass>("be used from another package") {
              @Override
              public void check(JavaClass c, ConditionEvents events) {
                boolean usedOutside =
                    c.getPackage().getClasses().stream()
                        .filter(t -> topLevelOf(t).equals(c))
                        .anyMatch(t -> usedFromAnotherPackage(t, c));
                if (!usedOutside) {
                  events.add(
                      SimpleConditionEvent.violated(
                          c, c.getName() + " is public but no other package uses it"));
                }
              }
            })
        .because("a capability shows other packages only what they use (ADR 0021)");
  }

  /** A dependency on the type, or a call returning it from a method of the type's own. */
  private static boolean usedFromAnotherPackage(JavaClass type, JavaClass top) {
    return type.getDirectDependenciesToSelf().stream()
            .anyMatch(d -> fromAnotherPackage(d.getOriginClass(), top))
        || type.getMethods().stream()
            .flatMap(m -> m.getCallsOfSelf().stream())
            .anyMatch(call -> fromAnotherPackage(call.getOriginOwner(), top));
  }

  private static boolean fromAnotherPackage(JavaClass origin, JavaClass target) {
    return !topLevelOf(origin).getPackageName().equals(target.getPackageName());
  }

  private static JavaClass topLevelOf(JavaClass c) {
    JavaClass top = c;
    while (top.getEnclosingClass().isPresent()) {
      top = top.getEnclosingClass().get();
    }
    return top;
  }

  private static final DescribedPredicate<JavaClass> PRODUCTION_SOURCES =
      DescribedPredicate.describe(
          "production",
          c ->
              c.getSource()
                  .map(src -> !src.getUri().toString().contains("test-classes"))
                  .orElse(false));

  /**
   * An adapter: a JSON controller (by name, with its API docs), a page ({@link WebPage}, which
   * lives in the capability it serves) or a controller advice, or a type nested in one.
   */
  private static final DescribedPredicate<JavaClass> ADAPTER =
      DescribedPredicate.describe(
          "an adapter (controller, page or controller advice)",
          c -> isAdapter(topLevelOf(c)) || isAdapter(c));

  private static boolean isAdapter(JavaClass c) {
    return c.getSimpleName().endsWith("Controller")
        || c.getSimpleName().endsWith("ApiDocs")
        || c.isAnnotatedWith(WebPage.class)
        || c.isAnnotatedWith(ControllerAdvice.class);
  }

  @Test
  void capabilitySlicesHaveNoCycles() {
    noCyclesBetweenSlicesUnder(SERVER).check(PRODUCTION);
  }

  @Test
  void thePlatformDependsOnNoCapability() {
    platformDependsOnNoCapability(SERVER).check(PRODUCTION);
  }

  @Test
  void useCasesSpeakNoWeb() {
    useCasesSpeakNoWeb(SERVER).check(PRODUCTION);
  }

  @Test
  void useCasesReachNoRequestContext() {
    useCasesReachNoRequestContext(SERVER).check(PRODUCTION);
  }

  @Test
  void publicOnlyWhereUsedFromAnotherPackage() {
    publicOnlyWhereUsedFromAnotherPackage(SERVER, PRODUCTION_SOURCES).check(WITH_TESTS);
  }

  @Test
  void theProductionImportHoldsTheRulesButNotThePlantedViolations() {
    assertThat(PRODUCTION.containPackage(SERVER + ".authorization")).isTrue();
    assertThat(PRODUCTION.containPackage(FIXTURES)).isFalse();
  }

  /** The use-case rules exempt a capability's pages and nothing else of it. */
  @Test
  void aPageIsAnAdapterAndItsCapabilitysServicesAreNot() {
    assertThat(ADAPTER.test(PRODUCTION.get(SERVER + ".authorization.CounterPage"))).isTrue();
    assertThat(ADAPTER.test(PRODUCTION.get(SERVER + ".worklist.WorklistPage"))).isTrue();
    assertThat(ADAPTER.test(PRODUCTION.get(SERVER + ".authorization.DispenseRecorder"))).isFalse();
    assertThat(ADAPTER.test(PRODUCTION.get(SERVER + ".worklist.Worklist"))).isFalse();
  }

  @Test
  void aCycleBetweenCapabilitiesIsReported() {
    assertViolationNaming(
        noCyclesBetweenSlicesUnder(FIXTURES + ".cycle").evaluate(PLANTED), "PlantedEnrollment");
  }

  @Test
  void aPlatformReachingIntoACapabilityIsReported() {
    assertViolationNaming(
        platformDependsOnNoCapability(FIXTURES + ".layers").evaluate(PLANTED), "PlantedAudit");
  }

  @Test
  void aUseCaseThrowingAWebExceptionIsReported() {
    assertViolationNaming(
        useCasesSpeakNoWeb(FIXTURES + ".layers").evaluate(PLANTED), "PlantedWorklist");
  }

  @Test
  void aUseCaseNotingAnAuditFactThroughTheRequestIsReported() {
    assertViolationNaming(
        useCasesReachNoRequestContext(FIXTURES + ".layers").evaluate(PLANTED), "PlantedAlerts");
  }

  @Test
  void aPublicClassNoOtherPackageUsesIsReported() {
    assertViolationNaming(
        publicOnlyWhereUsedFromAnotherPackage(
                FIXTURES + ".visibility", DescribedPredicate.alwaysTrue())
            .evaluate(PLANTED),
        "PlantedLonely");
  }

  private static void assertViolationNaming(EvaluationResult result, String className) {
    assertThat(result.hasViolation()).as("the planted violation is reported").isTrue();
    assertThat(result.getFailureReport().getDetails()).anyMatch(d -> d.contains(className));
  }
}
