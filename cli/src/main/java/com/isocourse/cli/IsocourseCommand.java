package com.isocourse.cli;

import java.io.InputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code isocourse}: the command line of the rules engine (architecture.md, cli module). Further
 * subcommands ({@code demo}, {@code serve}, {@code audit verify}, {@code bench}) join the list
 * below as their modules arrive.
 */
@Command(
    name = "isocourse",
    mixinStandardHelpOptions = true,
    version = "isocourse 0.1.0",
    description = "Isotretinoin courses run safely: dispense decisions, dose plans, rule sets.",
    subcommands = {EvaluateCommand.class, PlanCommand.class, RulesCommand.class, HelpCommand.class})
public final class IsocourseCommand implements Callable<Integer> {
  private final InputStream stdin;

  @Spec CommandSpec spec;

  public IsocourseCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  /** Standard input, for {@code evaluate -}. */
  InputStream stdin() {
    return stdin;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.BAD_INPUT;
  }
}
