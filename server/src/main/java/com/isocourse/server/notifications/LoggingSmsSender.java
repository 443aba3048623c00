package com.isocourse.server.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The SMS channel without a gateway: it logs that a text was sent, to a masked number and without
 * its content (no patient data in logs), so the outbox, its claims and its retries work the same.
 */
class LoggingSmsSender implements SmsSender {
  private static final Logger LOG = LoggerFactory.getLogger(LoggingSmsSender.class);

  @Override
  public void send(String phone, String text) {
    LOG.info("text message of {} characters sent to {}", text.length(), masked(phone));
  }

  /** All but the last two digits hidden: "+1 555 0100 123" becomes "***********23". */
  static String masked(String phone) {
    String digits = phone.replaceAll("[^0-9]", "");
    if (digits.length() <= 2) {
      return "**";
    }
    return "*".repeat(digits.length() - 2) + digits.substring(digits.length() - 2);
  }

  /** Registers the logging sender unless the application provides another {@link SmsSender}. */
  @Configuration(proxyBeanMethods = false)
  static class Registration {
    @Bean
    @ConditionalOnMissingBean(SmsSender.class)
    SmsSender loggingSmsSender() {
      return new LoggingSmsSender();
    }
  }
}
