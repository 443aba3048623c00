package com.isocourse.core.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.reasons.ReasonCode;
import com.isocourse.core.rulesets.RuleDescription;
import com.isocourse.core.rulesets.RuleSetId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalog printed by {@code isocourse rules} is the rules' own (house style §1): it lists
 * exactly the rule IDs the rule code cites, and every reason code belongs to a listed rule.
 */
class RuleCatalogTest {
  /** A rule ID as rules.md spells it: ALL-RX, SAFE-TG, WARN-LABS, US26-PRE-TESTS, ALL-PREG+ … */
  private static final Pattern RULE_ID_LITERAL =
      Pattern.compile("\"((?:ALL|SAFE|WARN|NOTE|US\\d\\d|EU)-[A-Z0-9+-]+)\"");

  /** A catalog declaration: {@code rule("US26-QUIZ", …)}. */
  private static final Pattern DECLARATION = Pattern.compile("\\brule\\(\\s*$");

  /** Codes no catalog rule emits; each must say here why. None today. */
  private static final Set<ReasonCode> OUTSIDE_THE_CATALOG = EnumSet.noneOf(ReasonCode.class);

  @Test
  void catalogListsExactlyTheRuleIdsTheRulesCite() {
    Set<String> cited = citedRuleIds(Path.of("src/main/java"));
    Set<String> listedWithCodes = new TreeSet<>();
    Set<String> listedWithoutCodes = new TreeSet<>();
    for (RuleSetId id : RuleSetId.values()) {
      for (RuleDescription rule : RuleCatalog.rulesOf(id)) {
        (rule.codes().isEmpty() ? listedWithoutCodes : listedWithCodes).add(rule.ruleId());
      }
    }

    assertThat(cited).as("rule IDs cited by the rule code").hasSizeGreaterThan(40);
    assertThat(listedWithCodes).as("catalog rules with codes").isEqualTo(cited);
    assertThat(listedWithoutCodes)
        .as("catalog rules that state the absence of a check are never cited")
        .containsExactly("US26-NOLOCK")
        .doesNotContainAnyElementsOf(cited);
  }

  @Test
  void theScanFindsARuleIdTheCatalogDoesNotList() {
    Set<String> cited =
        citedRuleIds(
            "reasons.add(Finding.of(COUNSELING_NOT_CONFIRMED, \"US26-PCNGP\", \"…\"));\n"
                + "static final List<RuleDescription> RULES = List.of(rule(\n"
                + "    \"US26-COUNSEL\", \"…\", COUNSELING_NOT_CONFIRMED));");

    assertThat(cited).containsExactly("US26-PCNGP");
  }

  @Test
  void everyReasonCodeIsEmittedByACatalogRule() {
    Set<ReasonCode> listed = EnumSet.noneOf(ReasonCode.class);
    for (RuleSetId id : RuleSetId.values()) {
      RuleCatalog.rulesOf(id).forEach(rule -> listed.addAll(rule.codes()));
    }

    Set<ReasonCode> unlisted = EnumSet.allOf(ReasonCode.class);
    unlisted.removeAll(listed);
    assertThat(unlisted).isEqualTo(OUTSIDE_THE_CATALOG);
  }

  @Test
  void everyCodesDefaultRuleIsACatalogRuleThatListsTheCode() {
    List<RuleDescription> all =
        Arrays.stream(RuleSetId.values()).flatMap(id -> RuleCatalog.rulesOf(id).stream()).toList();
    for (ReasonCode code : ReasonCode.values()) {
      assertThat(all)
          .as("%s (default rule %s)", code, code.defaultRule())
          .anyMatch(r -> r.ruleId().equals(code.defaultRule()) && r.codes().contains(code));
    }
  }

  @Test
  void aRuleIdIsListedOncePerRuleSet() {
    for (RuleSetId id : RuleSetId.values()) {
      List<String> ids = RuleCatalog.rulesOf(id).stream().map(RuleDescription::ruleId).toList();
      assertThat(ids).as(id.code()).doesNotHaveDuplicates();
    }
  }

  @Test
  void eachRuleSetListsOnlyItsOwnPregnancyPreventionRules() {
    assertThat(ruleIds(RuleSetId.US_IPLEDGE_2026))
        .contains("US26-COUNSEL", "US26-NOLOCK", "US26-HOME")
        .noneMatch(r -> r.startsWith("US21-") || r.startsWith("EU-"));
    assertThat(ruleIds(RuleSetId.US_IPLEDGE_2021))
        .contains("US21-LOCKOUT", "US21-COUNSEL", "US26-QUIZ")
        .doesNotContain("US26-HOME", "US26-NOLOCK", "US26-WINDOW")
        .noneMatch(r -> r.startsWith("EU-"));
    assertThat(ruleIds(RuleSetId.EU_PPP_2018)).noneMatch(r -> r.startsWith("US"));
  }

  private static List<String> ruleIds(RuleSetId id) {
    return RuleCatalog.rulesOf(id).stream().map(RuleDescription::ruleId).toList();
  }

  private static Set<String> citedRuleIds(Path sources) {
    try (Stream<Path> files = Files.walk(sources)) {
      return files
          .filter(p -> p.toString().endsWith(".java"))
          .map(RuleCatalogTest::read)
          .flatMap(text -> citedRuleIds(text).stream())
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rule-ID literals in the text other than the first argument of a catalog declaration. */
  private static Set<String> citedRuleIds(String text) {
    Set<String> ids = new TreeSet<>();
    Matcher m = RULE_ID_LITERAL.matcher(text);
    while (m.find()) {
      String before = text.substring(Math.max(0, m.start() - 40), m.start());
      if (!DECLARATION.matcher(before).find()) {
        ids.add(m.group(1));
      }
    }
    return ids;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
