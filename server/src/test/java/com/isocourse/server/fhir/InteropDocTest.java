package com.isocourse.server.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The examples of {@code docs/interop.md} run as written, against this server instead of the demo's
 * port: every {@code sh} block but the one starting the demo, in order, in one bash script with
 * {@code set -euo pipefail}. Needs curl and jq (skipped where they are missing).
 */
class InteropDocTest extends FhirTestSupport {
  private static final Pattern SH = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);

  private static boolean has(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }

  @Test
  void theInteropExamplesRunAgainstTheDemoClinic() throws Exception {
    boolean tools = has("curl") && has("jq") && has("bash");
    if (!tools && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("curl, jq and bash are needed in CI (.ci/run installs them)");
    }
    Assumptions.assumeTrue(tools, "curl, jq and bash needed to run the documented examples");
    String doc = Files.readString(Path.of("../docs/interop.md"), StandardCharsets.UTF_8);
    List<String> blocks = new ArrayList<>();
    Matcher m = SH.matcher(doc);
    while (m.find()) {
      if (!m.group(1).contains("./isocourse demo")) {
        blocks.add(m.group(1));
      }
    }
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(5);
    String script =
        "set -euo pipefail\n"
            + String.join("\n", blocks)
                .replace("B=http://localhost:8080", "B=http://localhost:" + port);
    Path file = Files.createTempFile("interop", ".sh");
    Files.writeString(file, script);
    Process p = new ProcessBuilder("bash", file.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out)
        .contains("ict_")
        .contains("rems-etasu")
        .contains("\"success\"")
        .contains("\"data-required\"")
        .contains("HTTP/1.1 201")
        .contains("Observation.valueQuantity.code")
        .contains("403")
        .contains("401")
        .contains("\"count\": 60")
        .contains("\"role\": \"certified-prescriber\"")
        .contains("Northside Pharmacy active=true")
        .contains("https://isocourse.example/Questionnaire/monthly-comprehension passed=true");
    Files.deleteIfExists(file);
  }
}
