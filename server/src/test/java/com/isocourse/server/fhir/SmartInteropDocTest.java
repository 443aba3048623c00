package com.isocourse.server.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code sh} examples of {@code docs/interop-smart.md} (SMART Backend Services, docs/adr/0015)
 * run as written against this server: the admin signs in, an RSA key is made with openssl, the
 * client registered, an RS384 assertion signed with openssl and exchanged for a token, the token
 * used within and outside its scope, the client revoked. In the FHIR tests' package for their
 * real-port server. Needs curl, jq, openssl and xxd (skipped where missing, outside CI).
 */
class SmartInteropDocTest extends FhirTestSupport {
  @Test
  void theSmartExamplesRunAgainstTheDemoClinic() throws Exception {
    String out =
        DocExamples.run(
            "interop-smart.md",
            List.of("curl", "jq", "bash", "openssl", "xxd"),
            "BASE",
            port,
            b -> true);
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
