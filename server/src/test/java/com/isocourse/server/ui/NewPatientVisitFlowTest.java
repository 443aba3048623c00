package com.isocourse.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 14: a new patient who can get pregnant, from enrollment to a course that waits only on the
 * patient's own steps, in a real browser, counting what the prescriber clicks. Enrollment prints
 * the sign-in handout; the blocking reasons name the prescriber and link to their form; the monthly
 * visit records the pregnancy test, contraception, counseling and weight on one page; the admin
 * reads the trail of it in the audit viewer and checks the chain. Screenshots of the new screens go
 * to {@code server/target/screenshots}.
 */
class NewPatientVisitFlowTest extends BrowserTestSupport {
  private int clicks;

  private void click(WebElement e) {
    clicks++;
    e.click();
  }

  @Test
  void enrollThenOneMonthlyVisitLeavesOnlyThePatientsSteps() throws Exception {
    signIn("dr.adams", "isocourse-demo");
    click(link("Enroll a patient"));
    type("displayName", "Vivian Visitflow");
    setDate("birthDate", "2001-03-04");
    click(
        driver.findElement(By.cssSelector("input[name='riskCategory'][value='CAN_GET_PREGNANT']")));
    click(button("Enroll"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("handout")));
    assertThat(driver.findElement(By.id("handout")).getText())
        .contains("Isocourse: how to sign in")
        .contains("/login");
    screenshot("prescriber-enrolled-handout", 1280);

    click(link("Open the patient"));
    String page = text();
    assertThat(page).contains("Action: Prescriber").contains("Record a pregnancy test →");
    screenshot("prescriber-patient-remedies", 1280);

    click(link("Monthly visit"));
    screenshot("prescriber-visit", 1280);
    // a negative lab test today, two methods in use since October, counseling, weight
    new Select(driver.findElement(By.id("pt-result"))).selectByValue("negative");
    clicks++;
    new Select(driver.findElement(By.id("pt-setting"))).selectByValue("lab");
    clicks++;
    click(driver.findElement(By.cssSelector("input[name='cx.methods'][value='iud']")));
    click(driver.findElement(By.cssSelector("input[name='cx.methods'][value='combined-pill']")));
    setDate("cx-since", "2026-10-01");
    click(driver.findElement(By.cssSelector("input[name='counseled']")));
    type("weight-kg", "58");
    click(button("Save visit"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Visit saved"));
    String after = text();
    assertThat(after).contains("Why: every requirement the rules check for this patient");
    screenshot("prescriber-patient-after-visit", 1280);
    long id = patientId("Vivian Visitflow");
    assertThat(
            jdbc.sql("select type from course_event where patient_id = ? order by id")
                .param(id)
                .query(String.class)
                .list())
        .containsExactly("pregnancy-test", "contraception", "counseling", "weight");
    // enroll (3) + open the patient (1) + the visit (8): the prescriber's part in 12 clicks
    assertThat(clicks).isLessThanOrEqualTo(12);
    signOut();

    signIn("admin", "isocourse-demo");
    open("/admin/audit?user=dr.adams&kind=changes");
    assertThat(text()).contains("POST /prescriber/patients/{patientId}/visit");
    click(button("Check the chain now"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
    assertThat(driver.findElement(By.id("verdict")).getText()).contains("The chain is intact");
    screenshot("admin-audit", 1280);
    open("/admin/outbox");
    screenshot("admin-outbox", 1280);
  }
}
