package com.isocourse.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.isocourse.server.audit.AuditInterceptor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers the audit interceptor on every API route except the sign-in plumbing (sign-in and
 * sign-out are audited by {@code LoginService} itself, whichever door they come through).
 */
@Configuration
public class WebConfig implements WebMvcConfigurer {
  private final AuditInterceptor audit;

  public WebConfig(AuditInterceptor audit) {
    this.audit = audit;
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

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry
        .addInterceptor(audit)
        .addPathPatterns("/api/**")
        .excludePathPatterns("/api/csrf", "/api/login", "/api/logout");
  }
}
