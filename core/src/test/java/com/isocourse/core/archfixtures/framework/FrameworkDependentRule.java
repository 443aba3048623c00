package com.isocourse.core.archfixtures.framework;

import org.junit.jupiter.api.TestInfo;

/** Violates "core depends on the JDK only": its signature names a JUnit type. */
public final class FrameworkDependentRule {
  private FrameworkDependentRule() {}

  public static String describe(TestInfo info) {
    return info.getDisplayName();
  }
}
