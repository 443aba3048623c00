package com.isocourse.server.support;

import com.isocourse.server.IsocourseApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Entry point of a {@link ServerProcess}: the Spring Boot application alone, configured by its
 * arguments (the database is the test's, not one {@code IsocourseServer} would choose).
 */
public final class InstanceMain {
  private InstanceMain() {}

  public static void main(String[] args) {
    new SpringApplicationBuilder(IsocourseApplication.class).run(args);
  }
}
