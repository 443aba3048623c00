package com.isocourse.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.contract.DecisionWriter;
import com.isocourse.contract.FieldError;
import com.isocourse.contract.InvalidInputException;
import com.isocourse.contract.ScenarioReader;
import com.isocourse.core.authorization.DispenseCase;
import com.isocourse.core.authorization.DispenseDecision;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code isocourse evaluate FILE…}: answers each scenario with the rules engine alone
 * (scenarios/README.md). One file (or {@code -}): the decision JSON. Several files or a directory:
 * one line per scenario, {@code {"file": …, "result": {…}}} or {@code {"file": …, "errors": [{path,
 * reason}]}}. Every input problem goes to stderr as {@code FILE: path: reason}; exit code 2 when
 * any input was invalid, the other files still evaluated.
 */
@Command(
    name = "evaluate",
    description = "Decide dispense requests described by scenario JSON files.",
    mixinStandardHelpOptions = true)
final class EvaluateCommand implements Callable<Integer> {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  @ParentCommand IsocourseCommand parent;

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description =
          "A scenario file, a directory (its *.json files except *.expected.json, sorted),"
              + " or - for standard input.")
  List<String> inputs;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean single = inputs.size() == 1 && !isDirectory(inputs.get(0));
    int exit = ExitCodes.OK;
    for (String input : inputs) {
      List<ScenarioSource> sources;
      try {
        sources = sources(input);
      } catch (IOException | InvalidPathException e) {
        err.println(input + ": $: cannot read: " + why(e));
        exit = worse(exit, ExitCodes.BAD_INPUT);
        continue;
      }
      if (sources.isEmpty()) {
        err.println(input + ": $: no scenario files (*.json) in this directory");
        exit = worse(exit, ExitCodes.BAD_INPUT);
      }
      for (ScenarioSource source : sources) {
        exit = worse(exit, evaluate(source, single, out, err));
      }
    }
    return exit;
  }

  private static boolean isDirectory(String input) {
    try {
      return Files.isDirectory(Path.of(input));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  private static String why(Exception e) {
    return e instanceof IOException io ? ScenarioSource.whyUnreadable(io) : "not a valid path";
  }

  private List<ScenarioSource> sources(String input) throws IOException {
    if (input.equals("-")) {
      return List.of(ScenarioSource.ofStdin(parent.stdin()));
    }
    Path path = Path.of(input);
    if (!Files.isDirectory(path)) {
      return List.of(ScenarioSource.ofFile(path));
    }
    try (Stream<Path> files = Files.list(path)) {
      return files
          .filter(EvaluateCommand::isScenario)
          .sorted()
          .map(ScenarioSource::ofFile)
          .toList();
    }
  }

  private static boolean isScenario(Path p) {
    String name = p.getFileName().toString();
    return name.endsWith(".json") && !name.endsWith(".expected.json") && Files.isRegularFile(p);
  }

  private int evaluate(ScenarioSource source, boolean single, PrintWriter out, PrintWriter err) {
    DispenseCase scenario;
    try {
      scenario = ScenarioReader.read(source.read());
    } catch (IOException e) {
      return invalid(
          source,
          List.of(new FieldError("$", "cannot read: " + ScenarioSource.whyUnreadable(e))),
          single,
          out,
          err);
    } catch (InvalidInputException e) {
      return invalid(source, e.errors(), single, out, err);
    }
    DispenseDecision decision;
    try {
      decision = scenario.decide();
    } catch (RuntimeException e) {
      err.println(source.name() + ": internal error: " + Main.describe(e));
      return ExitCodes.FAILED;
    }
    if (single) {
      out.println(DecisionWriter.toPrettyJson(decision));
    } else {
      ObjectNode line = JSON.objectNode().put("file", source.name());
      line.set("result", DecisionWriter.toNode(decision));
      out.println(line);
    }
    return ExitCodes.OK;
  }

  private static int invalid(
      ScenarioSource source,
      List<FieldError> errors,
      boolean single,
      PrintWriter out,
      PrintWriter err) {
    List<ObjectNode> listed = new ArrayList<>();
    for (FieldError e : errors) {
      err.println(source.name() + ": " + e.path() + ": " + e.reason());
      listed.add(JSON.objectNode().put("path", e.path()).put("reason", e.reason()));
    }
    if (!single) {
      ObjectNode line = JSON.objectNode().put("file", source.name());
      line.putArray("errors").addAll(listed);
      out.println(line);
    }
    return ExitCodes.BAD_INPUT;
  }

  /** Invalid input outranks an internal failure: either way the run did not fully succeed. */
  private static int worse(int a, int b) {
    if (a == ExitCodes.BAD_INPUT || b == ExitCodes.BAD_INPUT) {
      return ExitCodes.BAD_INPUT;
    }
    return Math.max(a, b);
  }
}
