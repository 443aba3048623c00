package com.isocourse.server.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The demo's own mail server: an embedded SMTP server (GreenMail) on a free local port, and the
 * product's mail sender pointed at it, so {@code ./isocourse demo} sends real e-mail over SMTP
 * without any server installed. Every message it receives is listed on the admin's outbox page.
 * Only with {@code isocourse.notifications.demo-mailbox=true} (set by {@code demo}); {@code serve}
 * uses the configured SMTP server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "isocourse.notifications.demo-mailbox", havingValue = "true")
class DemoMailbox {

  @Bean(destroyMethod = "stop")
  GreenMail demoSmtpServer() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    return smtp;
  }

  @Bean
  JavaMailSender demoMailSender(GreenMail demoSmtpServer) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(demoSmtpServer.getSmtp().getPort());
    sender.setDefaultEncoding("UTF-8");
    return sender;
  }
}
