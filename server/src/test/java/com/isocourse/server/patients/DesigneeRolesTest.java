package com.isocourse.server.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.isocourse.server.support.ApiTestSupport;
import org.junit.jupiter.api.Test;

/**
 * Roles that match the programme (issue 11): a designee records facts for her prescriber's
 * patients; prescribing, cancelling a prescription and clearing a hard stop (review) are the
 * prescriber's alone, and a refused act stores nothing.
 */
class DesigneeRolesTest extends ApiTestSupport {

  @Test
  void aDesigneeRecordsFactsButNeitherPrescribesNorReviews() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Designee Scope");
    long events = rows("course_event");
    long prescriptions = rows("prescription");

    // facts: allowed
    call(
        "nina.designee",
        post("/api/patients/" + p.patientId() + "/events"),
        "{\"type\":\"counseling\",\"date\":\"%s\"}".formatted(TODAY),
        201);
    assertThat(rows("course_event")).isEqualTo(events + 1);

    // prescribing, cancelling, reviewing: refused, nothing stored
    call("nina.designee", post("/api/patients/" + p.patientId() + "/prescriptions"), "{}", 403);
    call(
        "nina.designee",
        post("/api/patients/" + p.patientId() + "/prescriptions/" + p.prescriptionId() + "/cancel"),
        null,
        403);
    call(
        "nina.designee",
        post("/api/patients/" + p.patientId() + "/events"),
        "{\"type\":\"review\",\"date\":\"%s\",\"clears\":[\"MOOD_NEEDS_REVIEW\"],\"note\":\"ok\"}"
            .formatted(TODAY),
        403);
    assertThat(rows("course_event")).isEqualTo(events + 1);
    assertThat(rows("prescription")).isEqualTo(prescriptions);

    // the prescriber may
    call(
        "dr.adams",
        post("/api/patients/" + p.patientId() + "/events"),
        "{\"type\":\"review\",\"date\":\"%s\",\"clears\":[\"MOOD_NEEDS_REVIEW\"]}".formatted(TODAY),
        201);
  }
}
