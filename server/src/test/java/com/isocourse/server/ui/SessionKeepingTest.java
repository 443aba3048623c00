package com.isocourse.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 14 §5: a warning before the idle sign-out that can keep the session, and what was typed in
 * a form survives a sign-out: after signing in again the form's page opens with it put back. The
 * session lasts 125 s here, so the warning (2 minutes before the end) shows after 5 s.
 */
@TestPropertySource(properties = "spring.session.timeout=125s")
class SessionKeepingTest extends BrowserTestSupport {

  @Test
  void warnsBeforeTheIdleSignOutAndPutsBackWhatWasTypedAfterSigningInAgain() {
    String olivia = programId("Olivia").toLowerCase(Locale.ROOT);
    signIn(olivia, "isocourse-demo");
    open("/me/missed-dose");
    WebDriverWait longWait = new WebDriverWait(driver, Duration.ofSeconds(20));
    longWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("session-warning")));
    assertThat(driver.findElement(By.id("session-warning")).getText())
        .contains("you will be signed out in");
    button("Stay signed in").click();
    longWait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("session-warning")));

    type("mg", "40");
    // The session ends (as after 30 idle minutes): the form is sent without one.
    driver.manage().deleteCookieNamed("SESSION");
    button("Log it").click();
    longWait.until(ExpectedConditions.urlContains("/login"));

    signIn(olivia, "isocourse-demo");
    longWait.until(ExpectedConditions.urlContains("/me/missed-dose"));
    longWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("restored")));
    assertThat(driver.findElement(By.id("mg")).getDomProperty("value")).isEqualTo("40");

    // Sent this time, it arrives, and nothing is put back on the next visit.
    open("/me/missed-dose");
    assertThat(driver.findElements(By.id("restored"))).isEmpty();
  }
}
