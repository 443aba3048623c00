package com.isocourse.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of the {@code isocourse} command (the shaded jar's Main-Class). */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(System.in, out, err, args));
  }

  /** Runs one command line with the given streams; returns the exit code (0, 1 or 2). */
  public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = commandLine(in).setOut(out).setErr(err);
    try {
      return commandLine.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * The command tree. A failure inside a command is reported as one line on stderr with exit code
   * 1; users never see a stack trace.
   */
  public static CommandLine commandLine(InputStream in) {
    CommandLine commandLine = new CommandLine(new IsocourseCommand(in));
    commandLine.setExecutionExceptionHandler(
        (ex, cmd, parseResult) -> {
          cmd.getErr().println("isocourse: internal error: " + describe(ex));
          return ExitCodes.FAILED;
        });
    return commandLine;
  }

  static String describe(Throwable ex) {
    String message = ex.getMessage();
    return ex.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
