package com.isocourse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RulesCommandTest {

  @Test
  void listsRuleSetsWithJurisdictionAndEffectiveDate() {
    Cli.Run run = Cli.run("rules");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .containsPattern("us-ipledge-2021 +US +effective 2021-12-13")
        .containsPattern("us-ipledge-2026 +US +effective 2026-11-15")
        .containsPattern("eu-ppp-2018 +EU, UK +effective 2018-03-22");
  }

  @Test
  void listsEachRuleWithItsCodesUnderItsRuleSet() {
    String out = Cli.run("rules").out();

    String us2021 =
        out.substring(out.indexOf("\nus-ipledge-2021\n"), out.indexOf("\nus-ipledge-2026\n"));
    assertThat(us2021).contains("US21-LOCKOUT").contains("codes: LOCKOUT_19_DAY");
    String eu = out.substring(out.indexOf("\neu-ppp-2018\n"), out.indexOf("Policy defaults"));
    assertThat(eu)
        .contains("EU-ACK")
        .contains("ACKNOWLEDGEMENT_MISSING")
        .doesNotContain("US21-LOCKOUT");
  }

  @Test
  void listsPolicyDefaults() {
    String out = Cli.run("rules").out();

    assertThat(out)
        .containsPattern("tg\\.stopMgDl +880")
        .containsPattern("monitoring +consensus-2022");
  }
}
