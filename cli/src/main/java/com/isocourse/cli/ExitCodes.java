package com.isocourse.cli;

/** The exit codes of every {@code isocourse} command. */
final class ExitCodes {
  /** The command did what was asked. */
  static final int OK = 0;

  /** Something failed inside the program (reported on stderr, without a stack trace). */
  static final int FAILED = 1;

  /** The input was invalid: every problem is listed on stderr (rules.md §3: exit 2). */
  static final int BAD_INPUT = 2;

  private ExitCodes() {}
}
