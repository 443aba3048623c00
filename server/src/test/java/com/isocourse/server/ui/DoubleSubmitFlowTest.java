package com.isocourse.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In a real browser: reloading a result page asks nothing again, a second enrollment of the same
 * name and birth date needs an explicit "enroll anyway", and a form sent again with its used token
 * (a page left open, a resubmission) records nothing and says so.
 */
class DoubleSubmitFlowTest extends BrowserTestSupport {

  private long patients(String name) {
    return jdbc.sql("select count(*) from patient where display_name = ?")
        .param(name)
        .query(Long.class)
        .single();
  }

  private void fillEnrollment(String name) {
    open("/prescriber/enroll");
    type("displayName", name);
    setDate("birthDate", "1993-09-09");
    choose("riskCategory", "CANNOT_GET_PREGNANT");
  }

  @Test
  void reloadsAndResentFormsRecordNothingTwiceAndADuplicateNeedsEnrollAnyway() throws Exception {
    String name = "Uma Twicebrowser";
    signIn("dr.adams", "isocourse-demo");

    fillEnrollment(name);
    button("Enroll").click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("patient-password")));
    assertThat(driver.getCurrentUrl()).endsWith("/enrolled");
    driver.navigate().refresh();
    assertThat(text()).contains("was shown once").contains(name);
    assertThat(driver.findElements(By.id("patient-password"))).isEmpty();
    assertThat(patients(name)).isOne();

    fillEnrollment(name);
    button("Enroll").click();
    assertThat(text())
        .contains("This patient may already be enrolled")
        .contains(programId("Uma Twicebrowser"));
    screenshot("prescriber-enroll-duplicate", 1280);
    assertThat(patients(name)).isOne();
    button("Enroll anyway: this is a different person").click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("patient-password")));
    assertThat(patients(name)).isEqualTo(2);

    long patient = patientId("Olivia");
    String record = "/prescriber/patients/" + patient + "/record?type=weight";
    open(record);
    String used = driver.findElement(By.name("formToken")).getDomAttribute("value");
    type("kg", "61");
    button("Record").click();
    assertThat(text()).contains("Weight recorded.");
    long weights = weights(patient);

    // The same form sent again: a copy of the page kept open carries the token just used.
    open(record);
    ((JavascriptExecutor) driver)
        .executeScript(
            "document.querySelector('input[name=formToken]').value = arguments[0];", used);
    type("kg", "61");
    button("Record").click();
    assertThat(text())
        .contains("This form was already submitted")
        .contains("nothing is recorded twice");
    screenshot("already-submitted", 1280);
    assertThat(weights(patient)).isEqualTo(weights);
    link("See the result").click();
    assertThat(driver.getCurrentUrl()).endsWith("/prescriber/patients/" + patient);
  }

  private long weights(long patientId) {
    return jdbc.sql("select count(*) from course_event where patient_id = ? and type = 'weight'")
        .param(patientId)
        .query(Long.class)
        .single();
  }
}
