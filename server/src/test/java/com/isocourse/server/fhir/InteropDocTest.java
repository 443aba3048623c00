package com.isocourse.server.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The examples of {@code docs/interop.md} run as written, against this server instead of the demo's
 * port: every {@code sh} block but the one starting the demo, in order, in one bash script with
 * {@code set -euo pipefail}. Needs curl and jq (skipped where they are missing).
 */
class InteropDocTest extends FhirTestSupport {
  @Test
  void theInteropExamplesRunAgainstTheDemoClinic() throws Exception {
    String out =
        DocExamples.run(
            "interop.md",
            List.of("curl", "jq", "bash"),
            "B",
            port,
            b -> !b.contains("./isocourse demo"));
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
        .contains("https://isocourse.example/Questionnaire/monthly-comprehension passed=true")
        .contains("success ALL-ENROLL: Met:")
        .contains("Holds until")
        .contains("\"patient\"")
        .contains("completed Doxycycline 100 mg 2026-11-01..2026-11-10")
        .contains("MedicationStatement.medicationCodeableConcept.text")
        .contains("MedicationStatement.status")
        .contains("dr.adams GET /fhir/MedicationStatement outcome=0");
  }
}
