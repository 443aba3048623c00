package com.isocourse.server.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.icegreen.greenmail.util.GreenMail;
import com.isocourse.server.platform.security.CurrentUser;
import com.isocourse.server.platform.security.UserRepository;
import com.isocourse.server.support.ApiTestSupport;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo as {@code ./isocourse demo} runs it: the embedded mail server, the background schedule
 * switched on, the demo clinic seeded. Without anyone calling the planner or the sender, the demo
 * patients' reminders (Elena's in Spanish) and Dr. Baker's alert e-mail arrive at the demo mail
 * server, and the admin's outbox page says so. The context is closed afterwards, so its schedule
 * does not run beside the other tests.
 */
@TestPropertySource(
    properties = {
      "isocourse.notifications.demo-mailbox=true",
      "isocourse.notifications.scheduler=true",
      "isocourse.notifications.plan-interval=PT2S",
      "isocourse.notifications.send-interval=PT1S"
    })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DemoMailboxTest extends ApiTestSupport {
  @Autowired GreenMail demoSmtpServer;
  @Autowired UserRepository users;

  private List<MimeMessage> waitFor(Predicate<MimeMessage> wanted) throws InterruptedException {
    long until = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < until) {
      List<MimeMessage> got =
          Arrays.stream(demoSmtpServer.getReceivedMessages()).filter(wanted).toList();
      if (!got.isEmpty()) {
        return got;
      }
      Thread.sleep(250);
    }
    return List.of();
  }

  private static Predicate<MimeMessage> to(String address, String subject) {
    return m ->
        NotificationTestSupport.recipients(m).contains(address)
            && NotificationTestSupport.subject(m).equals(subject);
  }

  @Test
  void theDemoSendsRemindersAndAlertsToItsOwnMailServerInTheBackground() throws Exception {
    assertThat(waitFor(to("olivia@patients.example", "Isocourse: a reminder for you")))
        .isNotEmpty();
    assertThat(waitFor(to("elena@patients.example", "Isocourse: un recordatorio para usted")))
        .isNotEmpty()
        .allSatisfy(m -> assertThat(NotificationTestSupport.body(m)).startsWith("Hola:"));
    assertThat(waitFor(to("dr.baker@clinic.example", "Isocourse: an alert needs your review")))
        .hasSize(1);

    CurrentUser admin = users.findByUsername("admin").orElseThrow().user();
    String page =
        mvc.perform(
                get("/admin/outbox")
                    .with(
                        authentication(
                            UsernamePasswordAuthenticationToken.authenticated(
                                admin,
                                null,
                                List.of(new SimpleGrantedAuthority(admin.role().authority()))))))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Demo mail server:").contains("olivia@patients.example");
  }
}
