package com.isocourse.server.web;

import com.isocourse.server.audit.AuditInterceptor;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the audit interceptor on every API route except the sign-in plumbing. */
@Configuration
public class WebConfig implements WebMvcConfigurer {
  private final AuditInterceptor audit;

  public WebConfig(AuditInterceptor audit) {
    this.audit = audit;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(audit).addPathPatterns("/api/**").excludePathPatterns("/api/csrf");
  }
}
