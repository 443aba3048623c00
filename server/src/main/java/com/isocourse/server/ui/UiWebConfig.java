package com.isocourse.server.ui;

import com.isocourse.server.audit.AuditInterceptor;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Pages that read or write patient data are audited exactly like the API routes. */
@Configuration
public class UiWebConfig implements WebMvcConfigurer {
  private final AuditInterceptor audit;

  public UiWebConfig(AuditInterceptor audit) {
    this.audit = audit;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(audit).addPathPatterns("/prescriber/**", "/pharmacy/**", "/me/**");
  }
}
