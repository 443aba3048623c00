package com.isocourse.server.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The servlet filters that run before security: input hygiene and the database-down answer. (The
 * audit filter runs inside the security chains, where the user is known: {@code AuditFilter}.)
 */
@Configuration
public class WebConfig implements WebMvcConfigurer {

  /** Runs before Spring Session's filter, which reads the session from the database. */
  @Bean
  FilterRegistrationBean<DatabaseDownFilter> databaseDownFilter(ObjectMapper json) {
    var registration = new FilterRegistrationBean<>(new DatabaseDownFilter(json));
    registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
    return registration;
  }

  /** Refuses control characters and oversized bodies before anything reads them (issue 11). */
  @Bean
  FilterRegistrationBean<InputHygieneFilter> inputHygieneFilter(ObjectMapper json) {
    var registration = new FilterRegistrationBean<>(new InputHygieneFilter(json));
    registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 2);
    return registration;
  }
}
