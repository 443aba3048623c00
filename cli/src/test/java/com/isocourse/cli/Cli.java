package com.isocourse.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs the isocourse command in-process, as a user would from a shell. */
final class Cli {
  static final Path EXAMPLES = Path.of("src/test/resources/scenarios/examples");

  private Cli() {}

  /** What a run printed and returned. */
  record Run(int exit, String out, String err) {
    String[] outLines() {
      return out.isEmpty() ? new String[0] : out.split("\n");
    }

    String[] errLines() {
      return err.isEmpty() ? new String[0] : err.split("\n");
    }
  }

  static Run run(String... args) {
    return runWithStdin("", args);
  }

  static Run runWithStdin(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        Main.run(
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintWriter(out),
            new PrintWriter(err),
            args);
    return new Run(
        exit, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
  }

  static String example(String name) {
    return EXAMPLES.resolve(name).toString();
  }
}
