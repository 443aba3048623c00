package com.isocourse.server.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.isocourse.server.platform.security.UserRepository;
import com.isocourse.server.support.ApiTestSupport;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The audit viewer (issue 14 item 2), API and page: an admin filters the trail by user, patient,
 * kind and day and pages back through it; bad filters name the field and search nothing; the chain
 * check from the page reports an intact chain and names an edited row; nobody else may read it.
 */
class AuditViewerTest extends ApiTestSupport {
  @Autowired UserRepository users;
  @Autowired DataSource dataSource;

  @Test
  void filtersByUserPatientAndKindShowOnlyMatchingRows() throws Exception {
    JsonNode enrolled = enroll("dr.adams", "Audit Viewer", "CANNOT_GET_PREGNANT");
    long patientId = enrolled.at("/patient/id").asLong();
    String programId = enrolled.at("/patient/programId").asText();
    call("dr.adams", get("/api/patients/" + patientId + "/course"), null, 200);

    JsonNode mine =
        call(
            "admin",
            get("/api/admin/audit")
                .param("user", "DR.ADAMS")
                .param("patient", programId)
                .param("kind", "changes"),
            null,
            200);
    List<JsonNode> rows = list(mine.path("rows"));
    assertThat(rows).isNotEmpty();
    assertThat(rows)
        .allSatisfy(
            r -> {
              assertThat(r.path("actor").asText()).isEqualTo("dr.adams");
              assertThat(r.path("patientId").asLong()).isEqualTo(patientId);
              assertThat(r.path("programId").asText()).isEqualTo(programId);
              assertThat(r.path("action").asText()).startsWith("POST ");
            });

    JsonNode reads =
        call(
            "admin",
            get("/api/admin/audit").param("patient", programId).param("kind", "reads"),
            null,
            200);
    assertThat(list(reads.path("rows")))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.path("action").asText()).startsWith("GET "));

    call("nina.designee", get("/api/patients/999999999/course"), null, 404);
    JsonNode refusals =
        call(
            "admin",
            get("/api/admin/audit").param("user", "nina.designee").param("kind", "refusals"),
            null,
            200);
    assertThat(list(refusals.path("rows")))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.path("outcome").asText()).isIn("REFUSED", "NOT_FOUND"));
  }

  @Test
  void pagesGoBackInTimeWithoutOverlap() throws Exception {
    for (int i = 0; i < 3; i++) {
      call("dr.baker", get("/api/patients"), null, 200);
    }
    JsonNode first =
        call(
            "admin",
            get("/api/admin/audit").param("user", "dr.baker").param("limit", "2"),
            null,
            200);
    List<JsonNode> a = list(first.path("rows"));
    assertThat(a).hasSize(2);
    assertThat(a.get(0).path("id").asLong()).isGreaterThan(a.get(1).path("id").asLong());
    long next = first.path("nextBefore").asLong();
    assertThat(next).isEqualTo(a.get(1).path("id").asLong());
    JsonNode second =
        call(
            "admin",
            get("/api/admin/audit")
                .param("user", "dr.baker")
                .param("limit", "2")
                .param("before", String.valueOf(next)),
            null,
            200);
    assertThat(list(second.path("rows")))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.path("id").asLong()).isLessThan(next));
  }

  @Test
  void badFiltersNameTheFieldAndSearchNothing() throws Exception {
    JsonNode problem =
        call(
            "admin",
            get("/api/admin/audit")
                .param("patient", "NO-SUCH-PROGRAM-ID")
                .param("kind", "everything")
                .param("from", "2026-12-05")
                .param("to", "2026-12-01")
                .param("limit", "100000")
                .param("before", "-4"),
            null,
            400);
    assertThat(problemFields(problem))
        .containsExactlyInAnyOrder("patient", "kind", "to", "limit", "before");
    JsonNode badDay = call("admin", get("/api/admin/audit").param("from", "02/12/2026"), null, 400);
    assertThat(problemFields(badDay)).containsExactly("from");
    JsonNode tooLong =
        call("admin", get("/api/admin/audit").param("user", "x".repeat(101)), null, 400);
    assertThat(problemFields(tooLong)).containsExactly("user");
  }

  @Test
  void onlyAnAdminReadsTheTrail() throws Exception {
    call("dr.adams", get("/api/admin/audit"), null, 403);
    call("paula.pharmacist", post("/api/admin/audit/verify"), null, 403);
    call(null, get("/api/admin/audit"), null, 401);
    mvc.perform(get("/admin/audit").with(as("dr.adams"))).andExpect(status().isForbidden());
  }

  @Test
  void theChainCheckFromThePageSaysIntactAndNamesAnEditedRow() throws Exception {
    JsonNode verdict = call("admin", post("/api/admin/audit/verify"), null, 200);
    assertThat(verdict.path("intact").asBoolean()).isTrue();
    assertThat(verdict.path("rowsChecked").asLong()).isPositive();

    String page = page(post("/admin/audit/verify").with(as("admin")).with(csrf()));
    assertThat(page).contains("The chain is intact").contains("rows checked");

    long edited =
        auditSql("select max(id) from audit_log where actor = 'admin'").query(Long.class).single();
    try (var c = dataSource.getConnection();
        var st = c.createStatement()) {
      st.execute("set session_replication_role = replica");
      st.execute("update audit_log set detail = detail || ' (edited)' where id = " + edited);
      st.execute("set session_replication_role = origin");
    }
    try {
      String broken = page(post("/admin/audit/verify").with(as("admin")).with(csrf()));
      assertThat(broken).contains("The chain is broken at row " + edited);
      JsonNode api = call("admin", post("/api/admin/audit/verify"), null, 200);
      assertThat(api.path("intact").asBoolean()).isFalse();
      assertThat(api.path("firstBrokenId").asLong()).isEqualTo(edited);
    } finally {
      try (var c = dataSource.getConnection();
          var st = c.createStatement()) {
        st.execute("set session_replication_role = replica");
        st.execute(
            "update audit_log set detail = replace(detail, ' (edited)', '') where id = " + edited);
        st.execute("set session_replication_role = origin");
      }
    }
    assertThat(call("admin", post("/api/admin/audit/verify"), null, 200).path("intact").asBoolean())
        .isTrue();
  }

  @Test
  void thePageShowsTheFilteredRowsAndBadInputBesideItsField() throws Exception {
    call("dr.baker", get("/api/patients"), null, 200);
    String html = page(get("/admin/audit").param("user", "dr.baker").with(as("admin")));
    assertThat(html)
        .contains("id=\"audit-rows\"")
        .contains("GET /api/patients")
        .contains("dr.baker");
    assertThat(html).doesNotContain(">paula.pharmacist<");

    String bad = page(get("/admin/audit").param("from", "yesterday").with(as("admin")));
    assertThat(bad)
        .contains("Please correct the fields marked below. Nothing was searched.")
        .contains("must be a date like 2026-12-02")
        .doesNotContain("id=\"audit-rows\"");
  }

  private String page(org.springframework.test.web.servlet.RequestBuilder request)
      throws Exception {
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }
}
