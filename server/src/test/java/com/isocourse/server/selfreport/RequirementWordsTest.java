package com.isocourse.server.selfreport;

import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.authorization.ActingParty;
import com.isocourse.core.authorization.Requirement;
import com.isocourse.core.authorization.RequirementStatus;
import com.isocourse.core.authorization.RuleCatalog;
import com.isocourse.core.reasons.Finding;
import com.isocourse.core.reasons.ReasonCode;
import com.isocourse.core.rulesets.RuleDescription;
import com.isocourse.core.rulesets.RuleSetId;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Issue 14 item 4, ADR 0017 and 0018: every requirement a rule set can list has its summary in both
 * bundles (the English copy the catalog's own words), and a Spanish reader's requirement keeps its
 * rule, status, who acts, codes and dates, with the words said again.
 */
class RequirementWordsTest {
  private static final Locale ES = Locale.of("es");
  private static final ResourceBundleMessageSource MESSAGES = bundles();
  private static final RequirementWords WORDS =
      new RequirementWords(MESSAGES, (code, locale) -> "told " + code + " in " + locale);

  private static ResourceBundleMessageSource bundles() {
    ResourceBundleMessageSource m = new ResourceBundleMessageSource();
    m.setBasename("messages");
    m.setDefaultEncoding("UTF-8");
    m.setFallbackToSystemLocale(false); // as the application (spring.messages.*)
    return m;
  }

  /** A rule that can block a dispense or leave it undecided: a requirement (ADR 0017). */
  private static boolean requirement(RuleDescription rule) {
    return rule.codes().stream()
        .anyMatch(c -> c.kind() == ReasonCode.Kind.BLOCKING || c.kind() == ReasonCode.Kind.MISSING);
  }

  @ParameterizedTest
  @EnumSource(RuleSetId.class)
  void everyRequirementOfEveryRuleSetIsSummarizedInBothLanguages(RuleSetId ruleSet) {
    List<RuleDescription> rules =
        RuleCatalog.rulesOf(ruleSet).stream().filter(RequirementWordsTest::requirement).toList();
    assertThat(rules).isNotEmpty();
    for (RuleDescription rule : rules) {
      String key = "patient.rule." + rule.ruleId();
      String en = MESSAGES.getMessage(key, null, null, Locale.ENGLISH);
      String es = MESSAGES.getMessage(key, null, null, ES);
      // one copy per rule ID: a rule the catalog words differently per rule set copies one of them
      List<String> catalog =
          Arrays.stream(RuleSetId.values())
              .flatMap(id -> RuleCatalog.rulesOf(id).stream())
              .filter(r -> r.ruleId().equals(rule.ruleId()))
              .map(RuleDescription::summary)
              .toList();
      assertThat(en).as(key).isIn(catalog);
      assertThat(es).as(key).isNotBlank().isNotEqualTo(en).doesNotContain("PCGP", "PCNGP", "_");
    }
  }

  @Test
  void aSpanishRequirementKeepsEverythingButItsWords() {
    Finding missing =
        new Finding(ReasonCode.PREGNANCY_TEST_MISSING, "US26-WINDOW", "No negative test.");
    Requirement r =
        new Requirement(
            "US26-WINDOW",
            "PCGP: request within S … S+6 of the latest counting negative test.",
            RequirementStatus.UNMET,
            ActingParty.PATIENT,
            List.of(missing),
            Optional.empty(),
            Optional.empty());
    Requirement es = WORDS.told(r, ES);
    assertThat(es.summary())
        .isEqualTo(MESSAGES.getMessage("patient.rule.US26-WINDOW", null, ES))
        .startsWith("Recoge el medicamento");
    assertThat(es.findings())
        .containsExactly(
            new Finding(
                ReasonCode.PREGNANCY_TEST_MISSING,
                "US26-WINDOW",
                "told PREGNANCY_TEST_MISSING in es"));
    assertThat(List.of(es.ruleId(), es.status(), es.whoActs(), es.factDate(), es.holdsUntil()))
        .isEqualTo(List.of(r.ruleId(), r.status(), r.whoActs(), r.factDate(), r.holdsUntil()));
  }

  @Test
  void aMetRequirementKeepsItsDates() {
    LocalDate day = LocalDate.of(2026, 11, 30);
    Requirement r =
        new Requirement(
            "US26-QUIZ",
            "PCGP: comprehension questions passed within 30 days.",
            RequirementStatus.MET,
            ActingParty.PATIENT,
            List.of(),
            Optional.of(day),
            Optional.of(day.plusDays(30)));
    Requirement es = WORDS.told(r, ES);
    assertThat(es.summary()).isNotEqualTo(r.summary()).contains("30 días");
    assertThat(es.findings()).isEmpty();
    assertThat(es.factDate()).contains(day);
    assertThat(es.holdsUntil()).contains(day.plusDays(30));
  }

  @Test
  void aRequirementTheCatalogDoesNotListIsSummarizedByItsFindingsSentence() {
    Finding f = new Finding(ReasonCode.WEIGHT_MISSING, "NOT-IN-CATALOG", "Weight missing.");
    Requirement r =
        new Requirement(
            "NOT-IN-CATALOG",
            "Weight missing.",
            RequirementStatus.MISSING,
            ActingParty.PRESCRIBER,
            List.of(f),
            Optional.empty(),
            Optional.empty());
    assertThat(WORDS.told(r, ES).summary()).isEqualTo("told WEIGHT_MISSING in es");
  }
}
