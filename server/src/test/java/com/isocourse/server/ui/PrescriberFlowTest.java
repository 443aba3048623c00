package com.isocourse.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A prescriber signs in, works the worklist, enrolls a patient and plans the course. */
class PrescriberFlowTest extends BrowserTestSupport {

  @Test
  void prescriberEnrollsAndPlansACourseWithALivePreview() throws Exception {
    signIn("dr.adams", "isocourse-demo");
    assertThat(driver.getCurrentUrl()).endsWith("/prescriber");
    assertThat(driver.getTitle()).startsWith("Worklist");
    assertThat(text()).contains("Fill blocked").contains("Jack (blocked: doxycycline)");
    assertThat(text()).contains("A tetracycline antibiotic is being taken");
    assertThat(text()).doesNotContain("INTERACTION_TETRACYCLINE");
    screenshot("prescriber-worklist", 1280);
    screenshot("prescriber-worklist-phone", 390);

    open("/prescriber/patients/" + patientId("Ravi"));
    assertThat(text()).contains("Cumulative dose").contains("If the pharmacy asked today");
    assertThat(driver.findElements(By.cssSelector("svg.chart[role=img]"))).hasSize(4);
    screenshot("prescriber-patient", 1280);

    open("/prescriber/patients/" + patientId("Jack"));
    link("Review hard stop").click();
    driver.findElement(By.cssSelector("input[name=clears]")).click();
    type("note", "Doxycycline stopped; patient informed.");
    screenshot("prescriber-review", 1280);
    button("Record the review").click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Review recorded."));

    link("Enroll a patient").click();
    type("displayName", "Zoe Browser");
    setDate("birthDate", "2000-05-06");
    choose("riskCategory", "CANNOT_GET_PREGNANT");
    button("Enroll").click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("patient-password")));
    assertThat(driver.findElement(By.id("patient-password")).getText()).isNotBlank();
    screenshot("prescriber-enrolled", 1280);

    link("Plan the course").click();
    type("weightKg", "70");
    type("mgPerKgPerDay", "1.0");
    type("targetMgPerKg", "135");
    wait.until(ExpectedConditions.textToBe(By.id("preview-mg"), "70 mg (1.0 mg/kg)"));
    // htmx may replace the preview again while it is read: wait for the text rather than read once
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("preview"), "40 mg"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("preview"), "30 mg"));
    screenshot("prescriber-plan", 1280);
    button("Save the plan").click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Course planned"));
    assertThat(text()).contains("Zoe Browser").contains("conventional, 1.0 mg/kg/day");

    link("Write a prescription").click();
    button("Write prescription").click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "written."));
    assertThat(text()).contains("40 mg: 1 morning, 0 evening");
  }

  @Test
  void anotherPrescribersPatientIsNotFound() throws Exception {
    signIn("dr.adams", "isocourse-demo");
    open("/prescriber/patients/" + patientId("Elena"));
    assertThat(driver.getTitle()).startsWith("Something went wrong");
    assertThat(text())
        .contains("Page not found")
        .doesNotContain("Elena")
        .doesNotContain("Exception");
    screenshot("error-not-found", 1280);
    open("/pharmacy");
    assertThat(text()).contains("This page is not part of your workspace");
    driver.manage().deleteCookieNamed("SESSION");
    driver.manage().addCookie(new org.openqa.selenium.Cookie("SESSION", "EXPIRED0SESSION"));
    open("/prescriber");
    assertThat(driver.getCurrentUrl()).contains("/login?expired");
    assertThat(text()).contains("Your session expired");
    signIn("dr.adams", "isocourse-demo");
    signOut();
    assertThat(text()).contains("You are signed out");
    open("/prescriber");
    assertThat(driver.getCurrentUrl()).contains("/login");
    screenshot("login", 1280);
  }
}
