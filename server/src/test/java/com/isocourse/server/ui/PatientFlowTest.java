package com.isocourse.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A patient completes the monthly steps, then reports a stop-now symptom. */
class PatientFlowTest extends BrowserTestSupport {

  @Test
  void patientCompletesMonthlyStepsAndReportsAStopNowSymptom() throws Exception {
    signIn(programId("Olivia").toLowerCase(Locale.ROOT), "isocourse-demo");
    assertThat(driver.getCurrentUrl()).endsWith("/me");
    assertThat(text())
        .contains("Today's checklist")
        .contains("Your progress")
        .contains("days left");
    screenshot("patient-home", 1280);
    screenshot("patient-home-phone", 390);

    link("Answer the comprehension questions").click();
    choose("q-birth-defects", "a");
    choose("q-contraception", "a");
    choose("q-blood-donation", "b");
    choose("q-sharing", "c");
    choose("q-mood", "a");
    choose("q-two-methods", "b");
    choose("q-missed-period", "c");
    choose("q-monthly-test", "b");
    choose("q-stop-now", "b");
    button("Submit answers").click();
    assertThat(text()).contains("Not quite yet").contains("severe birth defects");
    link("Try again").click();
    choose("q-birth-defects", "b");
    choose("q-contraception", "a");
    choose("q-blood-donation", "b");
    choose("q-sharing", "c");
    choose("q-mood", "a");
    choose("q-two-methods", "b");
    choose("q-missed-period", "c");
    choose("q-monthly-test", "b");
    choose("q-stop-now", "b");
    button("Submit answers").click();
    assertThat(text()).contains("All correct");

    open("/me/contraception");
    driver.findElement(By.cssSelector("input[value=iud]")).click();
    driver.findElement(By.cssSelector("input[value=male-condom]")).click();
    setDate("since", "2026-08-01");
    button("Confirm").click();
    assertThat(text()).contains("your contraception is confirmed");

    open("/me/mood");
    for (int i = 0; i < 9; i++) {
      driver.findElement(By.cssSelector("input[name=item" + i + "][value='0']")).click();
    }
    button("Send").click();
    assertThat(text()).contains("Your mood check is recorded");

    // Olivia's first fill is still pending: there is no dose to have missed (plausibility)
    open("/me/missed-dose");
    type("mg", "40");
    button("Log it").click();
    assertThat(text()).contains("no capsules of this course are dispensed");

    open("/me/settings");
    type("email", "not-an-address");
    button("Save").click();
    assertThat(text()).contains("must be an address like name@example.org");
    type("email", "olivia@example.org");
    choose("reminderChannel", "EMAIL");
    button("Save").click();
    assertThat(text()).contains("Your reminder settings are saved.");

    open("/me/learn/avoid");
    assertThat(text()).contains("Giving blood").contains("6 months after");
    screenshot("patient-learn-avoid", 1280);

    open("/me/symptoms");
    choose("code", "dry-lips");
    button("Send report").click();
    assertThat(driver.findElement(By.id("self-care")).getText()).contains("lip balm");

    open("/me/symptoms");
    choose("code", "vision-change");
    button("Send report").click();
    assertThat(driver.findElement(By.id("stop-now")).getText())
        .contains("Stop taking isotretinoin and get medical care now");
    screenshot("patient-stop-now", 1280);
    screenshot("patient-stop-now-phone", 390);

    open("/me/symptoms");
    choose("code", "suicidal-thoughts");
    button("Send report").click();
    String crisis = driver.findElement(By.id("stop-now")).getText();
    assertThat(crisis.indexOf("988")).isLessThan(crisis.indexOf("Stop taking isotretinoin"));
    screenshot("patient-crisis", 1280);

    // Issue 14 §4: the home page speaks to the patient, names who acts as a person, shows no
    // codes, and no pickup countdown while the fill is blocked.
    open("/me");
    assertThat(text())
        .contains("You reported a symptom that means stopping the capsules")
        .contains("Who acts: Your prescriber")
        .contains("Your pickup is on hold")
        .doesNotContain("The patient")
        .doesNotContain("days left")
        .doesNotContain("SYMPTOM_NEEDS_REVIEW")
        .doesNotContain("suicidal-thoughts");
  }
}
