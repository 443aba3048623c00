package com.isocourse.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Escalation end to end in the browser: a patient reports a contraception failure and reads the
 * emergency-contraception information before the request for a pregnancy test; her prescriber sees
 * the alert counted in the navigation, opens the inbox and acknowledges it; a positive pregnancy
 * test is stored only after it is confirmed, and raises its own alert.
 */
class EscalationFlowTest extends BrowserTestSupport {

  /** Elena reads Spanish again for every other test, as the demo made her. */
  @org.junit.jupiter.api.AfterEach
  void elenaReadsSpanishAgain() {
    jdbc.sql("update patient set preferred_language = 'es' where display_name like 'Elena%'")
        .update();
  }

  @Test
  void contraceptionFailureAlertsThePrescriberWhoAcknowledgesAndRecordsAConfirmedPositiveTest()
      throws Exception {
    String elena = programId("Elena");
    // The demo's Elena reads Spanish; this flow checks the escalation's English words (the
    // Spanish pages are PatientLanguagePagesTest's), so she reads English here.
    jdbc.sql("update patient set preferred_language = 'en' where program_id = ?")
        .param(elena)
        .update();
    signIn(elena.toLowerCase(Locale.ROOT), "isocourse-demo");
    open("/me/symptoms");
    choose("code", "contraception-failure");
    button("Send report").click();
    String triage = driver.findElement(By.id("pregnancy-check")).getText();
    assertThat(triage.indexOf("most effective within 72 hours")).isPositive();
    assertThat(triage).contains("up to 120 hours");
    assertThat(triage.indexOf("120 hours"))
        .isLessThan(triage.indexOf("Take a pregnancy test today"));
    assertThat(triage.indexOf("Take a pregnancy test today"))
        .isLessThan(triage.indexOf("on hold until a negative pregnancy test"));
    assertThat(triage).contains("Your prescriber has been alerted");
    screenshot("patient-contraception-failure", 1280);
    screenshot("patient-contraception-failure-phone", 390);
    signOut();

    signIn("dr.baker", "isocourse-demo");
    String count = driver.findElement(By.cssSelector("#nav-alerts .nav-count")).getText();
    assertThat(Integer.parseInt(count)).isPositive();
    assertThat(text())
        .contains("Contraception failure reported " + TODAY + " — pregnancy test needed");
    driver.findElement(By.id("nav-alerts")).click();
    assertThat(driver.findElement(By.id("open-alerts")).getText())
        .contains("Elena")
        .contains("Contraception failure reported " + TODAY + " — pregnancy test needed");
    screenshot("prescriber-alerts", 1280);
    driver
        .findElement(
            By.xpath(
                "//li[contains(., 'Contraception failure reported')]//button[normalize-space()="
                    + "'Acknowledge']"))
        .click();
    assertThat(text()).contains("Alert acknowledged: Contraception failure reported");
    assertThat(driver.findElement(By.id("acknowledged-alerts")).getText())
        .contains("Acknowledged by Dr. Ben Baker");

    open("/prescriber/patients/" + patientId("Elena") + "/record?type=pregnancy-test");
    assertThat(driver.findElements(By.cssSelector("input[name=result]:checked"))).isEmpty();
    button("Record").click();
    assertThat(text()).contains("Choose the result: negative or positive.");
    choose("result", "positive");
    choose("setting", "clinic");
    button("Record").click();
    assertThat(driver.findElement(By.id("confirm-positive")).getText())
        .contains("You are recording a positive pregnancy test");
    screenshot("prescriber-confirm-positive", 1280);
    driver.findElement(By.name("confirmPositive")).click();
    button("Record").click();
    assertThat(text()).contains("Pregnancy test recorded.").contains("Open alert");
    assertThat(driver.findElement(By.id("patient-alerts")).getText())
        .contains("Positive pregnancy test " + TODAY);
  }
}
