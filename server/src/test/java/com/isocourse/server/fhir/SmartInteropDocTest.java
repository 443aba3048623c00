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
 * The {@code sh} examples of {@code docs/interop-smart.md} (SMART Backend Services, docs/adr/0015)
 * run as written against this server: the admin signs in, an RSA key is made with openssl, the
 * client registered, an RS384 assertion signed with openssl and exchanged for a token, the token
 * used within and outside its scope, the client revoked. In the FHIR tests' package for their
 * real-port server. Needs curl, jq, openssl and xxd (skipped where missing, outside CI).
 */
class SmartInteropDocTest extends FhirTestSupport {
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
  void theSmartExamplesRunAgainstTheDemoClinic() throws Exception {
    boolean tools = has("curl") && has("jq") && has("bash") && has("openssl") && has("xxd");
    if (!tools && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("curl, jq, openssl and xxd are needed in CI");
    }
    Assumptions.assumeTrue(tools, "curl, jq, openssl and xxd needed to run the examples");
    String doc = Files.readString(Path.of("../docs/interop-smart.md"), StandardCharsets.UTF_8);
    List<String> blocks = new ArrayList<>();
    Matcher m = SH.matcher(doc);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(5);
    String script =
        "set -euo pipefail\n"
            + String.join("\n", blocks)
                .replace("BASE=http://localhost:8080", "BASE=http://localhost:" + port);
    Path dir = Files.createTempDirectory("smart-doc");
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
    assertThat(out)
        .contains("\"token_endpoint\"")
        .contains("smc_")
        .contains("token: eyJ")
        .contains("paula.pharmacist")
        .contains("insufficient-scope")
        .contains("\"revoked\": true")
        .contains("401");
  }
}
