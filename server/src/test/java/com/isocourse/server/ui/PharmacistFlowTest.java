package com.isocourse.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A pharmacist is denied with the reasons in words, the missing step is done, and the next request
 * is authorized and dispensed.
 */
class PharmacistFlowTest extends BrowserTestSupport {

  @Test
  void pharmacistIsDeniedThenAuthorizedAfterTheMissingStepIsDone() throws Exception {
    String maya = programId("Maya");
    signIn("paula.pharmacist", "isocourse-demo");
    findAndRequest(maya);
    assertThat(driver.findElement(By.id("verdict")).getText()).isEqualTo("DENIED");
    assertThat(text())
        .contains("its 7-day pickup window has closed")
        .contains("Action: Prescriber")
        .contains("The patient takes a new test; the prescriber records the result.")
        .doesNotContain("PREGNANCY_TEST_OUTSIDE_WINDOW");
    screenshot("pharmacist-denied", 1280);
    screenshot("pharmacist-denied-phone", 390);
    signOut();

    signIn("dr.adams", "isocourse-demo");
    open("/prescriber/patients/" + patientId("Maya") + "/record?type=pregnancy-test");
    choose("result", "negative");
    choose("setting", "lab");
    button("Record").click();
    assertThat(text()).contains("Pregnancy test recorded.");
    signOut();

    signIn(maya.toLowerCase(Locale.ROOT), "isocourse-demo");
    open("/me/contraception");
    driver.findElement(By.cssSelector("input[value=combined-pill]")).click();
    driver.findElement(By.cssSelector("input[value=male-condom]")).click();
    setDate("since", "2026-07-01");
    button("Confirm").click();
    signOut();

    signIn("paula.pharmacist", "isocourse-demo");
    findAndRequest(maya);
    assertThat(driver.findElement(By.id("verdict")).getText()).isEqualTo("AUTHORIZED");
    assertThat(driver.findElement(By.id("auth-code")).getText()).isNotBlank();
    assertThat(driver.findElement(By.id("dnda")).getText()).isEqualTo("2026-12-07");
    screenshot("pharmacist-authorized", 1280);
    button("Record dispense").click();
    assertThat(text()).contains("Dispense recorded");
    assertThat(driver.findElement(By.id("auth-status")).getText()).isEqualTo("Dispensed");
  }

  private void findAndRequest(String programId) throws Exception {
    open("/pharmacy");
    type("programId", programId);
    setDate("birthDate", "2001-04-12");
    button("Find patient").click();
    assertThat(text()).contains("Maya");
    screenshot("pharmacist-counter", 1280);
    button("Request authorization").click();
  }
}
