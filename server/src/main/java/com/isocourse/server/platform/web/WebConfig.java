package com.isocourse.server.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.isocourse.server.platform.audit.RequestAuditFacts;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The servlet filters that run before security: input hygiene and the database-down answer. (The
 * audit filter runs inside the security chains, where the user is known: {@code AuditFilter}.)
 */
@Configuration
class WebConfig implements WebMvcConfigurer {

  /** Controllers and pages get the request's audit facts as a parameter (ADR 0021). */
  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new RequestAuditFacts());
  }

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
