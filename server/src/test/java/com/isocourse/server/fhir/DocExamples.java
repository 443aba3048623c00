package com.isocourse.server.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the {@code sh} blocks of an interop document as written, in order, in one bash script with
 * {@code set -euo pipefail}, against the test server instead of the demo's port 8080. The tools it
 * needs skip the test where they are missing on a laptop and fail it in CI ({@code CI=true}, where
 * {@code .ci/run} installs them).
 */
final class DocExamples {
  private static final Pattern SH = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);

  private DocExamples() {}

  /**
   * The script's output once it exited 0 within two minutes.
   *
   * @param baseVariable the document's base-URL variable, e.g. {@code B} for {@code
   *     B=http://localhost:8080}
   */
  static String run(
      String document, List<String> tools, String baseVariable, int port, Predicate<String> block)
      throws Exception {
    boolean present = tools.stream().allMatch(DocExamples::has);
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new AssertionError(
          String.join(", ", tools) + " are needed in CI (.ci/run installs them)");
    }
    Assumptions.assumeTrue(present, String.join(", ", tools) + " needed to run the examples");
    String doc = Files.readString(Path.of("../docs", document), StandardCharsets.UTF_8);
    List<String> blocks = new ArrayList<>();
    Matcher m = SH.matcher(doc);
    while (m.find()) {
      if (block.test(m.group(1))) {
        blocks.add(m.group(1));
      }
    }
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(5);
    String script =
        "set -euo pipefail\n"
            + String.join("\n", blocks)
                .replace(
                    baseVariable + "=http://localhost:8080",
                    baseVariable + "=http://localhost:" + port);
    Path dir = Files.createTempDirectory("doc-examples");
    Path file = dir.resolve("run.sh");
    Files.writeString(file, script);
    Process p =
        new ProcessBuilder("bash", file.toString())
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }

  private static boolean has(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }
}
