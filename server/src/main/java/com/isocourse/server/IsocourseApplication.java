package com.isocourse.server;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The Spring Boot application. Started by {@link IsocourseServer}, which first decides where the
 * database is (embedded for {@code demo}, external for {@code serve}).
 */
@SpringBootApplication(
    exclude =
        org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration
            .class)
public class IsocourseApplication {

  /**
   * The clock every use case reads "today" from. {@code isocourse.today} pins it to a date (tests
   * and reproducible demos); otherwise it is the system clock.
   */
  @Bean
  Clock clock(@Value("${isocourse.today:}") String today) {
    if (today.isBlank()) {
      return Clock.system(ZoneId.systemDefault());
    }
    return Clock.fixed(
        LocalDate.parse(today).atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  }
}
