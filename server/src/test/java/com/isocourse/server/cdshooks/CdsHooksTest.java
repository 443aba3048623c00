package com.isocourse.server.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.isocourse.server.support.ApiTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * CDS Hooks 2.0 over the real server: discovery, cards from the dispense decision for the
 * prescriber's own patient, nothing for anybody else, and 400s naming the field. Every response is
 * checked against the 2.0 JSON shapes ({@link CdsShapes}).
 */
class CdsHooksTest extends ApiTestSupport {
  private static final String ISO_20 =
      "{\"system\":\"http://www.nlm.nih.gov/research/umls/rxnorm\",\"code\":\"197844\"}";
  private static final String DOXY =
      "{\"system\":\"http://www.nlm.nih.gov/research/umls/rxnorm\",\"code\":\"3640\"}";

  @Test
  void discoveryListsTheThreeServicesWithHookTitleDescriptionIdAndPrefetch() throws Exception {
    JsonNode d = call(null, get("/cds-services"), null, 200);
    List<String> ids = new ArrayList<>();
    for (JsonNode s : d.get("services")) {
      ids.add(s.get("id").asText());
      assertThat(s.get("hook").asText()).isIn("order-sign", "order-select", "patient-view");
      assertThat(s.get("title").asText()).isNotBlank();
      assertThat(s.get("description").asText()).isNotBlank();
      assertThat(s.at("/prefetch/patient").asText()).isEqualTo("Patient/{{context.patientId}}");
    }
    assertThat(ids)
        .containsExactly(
            "isocourse-order-sign", "isocourse-order-select", "isocourse-patient-view");
  }

  @Test
  void orderSignForABlockedPatientGivesACriticalCardNamingTheRule() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Cds Blocked");

    JsonNode r = sign("dr.adams", p.programId(), ISO_20, 200);

    CdsShapes.assertResponse(r);
    JsonNode critical = firstCard(r, "critical");
    assertThat(critical).as(r.toString()).isNotNull();
    assertThat(critical.get("summary").asText()).contains("US26-COUNSEL");
    assertThat(critical.get("detail").asText())
        .contains("US26-COUNSEL")
        .contains("COUNSELING_NOT_CONFIRMED");
    assertThat(critical.at("/source/label").asText()).isEqualTo("Isocourse");
    assertThat(critical.at("/links/0/url").asText())
        .endsWith("/prescriber/patients/" + p.patientId());
    assertThat(
            auditSql(
                    "select count(*) from audit_log where patient_id = ? and action ="
                        + " 'POST /cds-services/{id}'")
                .param(p.patientId())
                .query(Long.class)
                .single())
        .as("the hook call is audited naming the patient")
        .isEqualTo(1);
  }

  @Test
  void orderSignForAPatientReadyToDispenseGivesNoCriticalCard() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Cds Ready");
    counsel("dr.adams", p.patientId());
    assertThat(
            call("dr.adams", get("/api/patients/" + p.patientId() + "/course"), null, 200)
                .get("readiness")
                .asText())
        .as("the fixture's prescription would be authorized at the pharmacy")
        .isEqualTo("AUTHORIZED");

    JsonNode r = sign("dr.adams", p.programId(), ISO_20, 200);

    CdsShapes.assertResponse(r);
    assertThat(indicators(r)).doesNotContain("critical");
  }

  @Test
  void aPatientWhoCanGetPregnantWithoutATestGetsThePregnancyTestSuggestion() throws Exception {
    String programId =
        enroll("dr.adams", "Cds Pregnancy", "CAN_GET_PREGNANT").at("/patient/programId").asText();

    JsonNode r = sign("dr.adams", programId, ISO_20, 200);

    CdsShapes.assertResponse(r);
    JsonNode action = null;
    for (JsonNode c : r.get("cards")) {
      for (JsonNode s : c.path("suggestions")) {
        action = s.at("/actions/0");
      }
    }
    assertThat(action).as(r.toString()).isNotNull();
    assertThat(action.get("type").asText()).isEqualTo("create");
    assertThat(action.at("/resource/resourceType").asText()).isEqualTo("ServiceRequest");
    assertThat(action.at("/resource/code/coding/0/code").asText()).isEqualTo("2118-8");
    assertThat(action.at("/resource/subject/reference").asText()).isEqualTo("Patient/" + programId);
  }

  @Test
  void anotherPrescribersPatientGetsNoCards() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Cds Not Bakers");

    JsonNode r = sign("dr.baker", p.programId(), ISO_20, 200);

    assertThat(r.get("cards")).isEmpty();
  }

  @Test
  void anUnknownProgramIdOrAMismatchedPrefetchedPatientGetsNoCards() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Cds Strict");
    assertThat(sign("dr.adams", "IC-NOSUCH", ISO_20, 200).get("cards")).isEmpty();
    assertThat(sign("dr.adams", p.programId().toLowerCase(), ISO_20, 200).get("cards")).isEmpty();
    String mismatched =
        request("order-sign", p.programId(), order(ISO_20, null))
            .replace(
                "\"prefetch\":{}",
                "\"prefetch\":{\"patient\":{\"resourceType\":\"Patient\",\"id\":\"x\","
                    + "\"identifier\":[{\"system\":\"https://isocourse.example/program-id\","
                    + "\"value\":\"IC-OTHER\"}]}}");
    JsonNode r = call("dr.adams", post("/cds-services/isocourse-order-sign"), mismatched, 200);
    assertThat(r.get("cards")).isEmpty();
  }

  @Test
  void aNonIsotretinoinOrderGivesNoCards() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Cds Doxy");

    assertThat(sign("dr.adams", p.programId(), DOXY, 200).get("cards")).isEmpty();
  }

  @Test
  void anOrderNamedByBrandWithoutACodeIsStillIsotretinoin() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Cds Brand");
    String body =
        request(
            "order-sign",
            p.programId(),
            "{\"resourceType\":\"MedicationRequest\",\"id\":\"mr1\",\"status\":\"draft\","
                + "\"intent\":\"order\",\"medicationCodeableConcept\":{\"text\":\"Absorica LD 32"
                + " MG oral capsule\"}}");
    JsonNode r = call("dr.adams", post("/cds-services/isocourse-order-sign"), body, 200);
    assertThat(indicators(r)).contains("critical");
    String tretinoin = body.replace("Absorica LD 32 MG oral capsule", "tretinoin 10 mg capsule");
    assertThat(
            call("dr.adams", post("/cds-services/isocourse-order-sign"), tretinoin, 200)
                .get("cards"))
        .isEmpty();
  }

  @Test
  void orderSelectCountsOnlyTheSelectedOrdersAndPatientViewNeedsNoOrder() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Cds Select");
    String twoOrders = order(ISO_20, "iso") + "," + order(DOXY, "doxy");
    String selectDoxy =
        request("order-select", p.programId(), twoOrders)
            .replace("\"context\":{", "\"context\":{\"selections\":[\"MedicationRequest/doxy\"],");
    assertThat(
            call("dr.adams", post("/cds-services/isocourse-order-select"), selectDoxy, 200)
                .get("cards"))
        .isEmpty();
    String selectIso = selectDoxy.replace("MedicationRequest/doxy\"", "MedicationRequest/iso\"");
    assertThat(
            indicators(
                call("dr.adams", post("/cds-services/isocourse-order-select"), selectIso, 200)))
        .contains("critical");
    String view =
        "{\"hook\":\"patient-view\",\"hookInstance\":\"d1577c69-dfbe-44ad-ba6d-3e05e953b2ea\","
            + "\"context\":{\"userId\":\"Practitioner/1\",\"patientId\":\""
            + p.programId()
            + "\"}}";
    JsonNode r = call("dr.adams", post("/cds-services/isocourse-patient-view"), view, 200);
    CdsShapes.assertResponse(r);
    assertThat(indicators(r)).contains("critical");
  }

  @Test
  void malformedRequestsAre400ProblemsNamingTheField() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Cds Malformed");
    String good = request("order-sign", p.programId(), order(ISO_20, null));

    JsonNode noPatient =
        call(
            "dr.adams",
            post("/cds-services/isocourse-order-sign"),
            good.replace("\"patientId\"", "\"patient\""),
            400);
    assertThat(problemFields(noPatient)).contains("context.patientId");
    JsonNode wrongHook =
        call(
            "dr.adams",
            post("/cds-services/isocourse-order-sign"),
            good.replace("\"order-sign\"", "\"patient-view\""),
            400);
    assertThat(problemFields(wrongHook)).containsExactly("hook");
    JsonNode noBundle =
        call(
            "dr.adams",
            post("/cds-services/isocourse-order-sign"),
            "{\"hook\":\"order-sign\",\"hookInstance\":\"x\",\"context\":{\"patientId\":\"a\","
                + "\"draftOrders\":[]}}",
            400);
    assertThat(problemFields(noBundle)).containsExactly("context.draftOrders");
    call("dr.adams", post("/cds-services/isocourse-order-sign"), "{not json", 400);
    call("dr.adams", post("/cds-services/isocourse-order-sign"), "[1,2]", 400);
    call("dr.adams", post("/cds-services/no-such-service"), good, 404);
  }

  @Test
  void onlyAPrescribersTokenMayCallAService() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Cds Roles");
    String good = request("order-sign", p.programId(), order(ISO_20, null));
    call("paula.pharmacist", post("/cds-services/isocourse-order-sign"), good, 403);
    call("admin", post("/cds-services/isocourse-order-sign"), good, 403);
  }

  @Test
  void noCardIsShownWithoutItsAuditRow() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Cds Failclosed");
    jdbc.sql(
            "create or replace function test_cds_audit_broken() returns trigger language plpgsql"
                + " as $$ begin raise exception 'audit storage failed'; end; $$")
        .update();
    jdbc.sql(
            "create trigger test_cds_audit_broken before insert on audit_pending"
                + " for each row execute function test_cds_audit_broken()")
        .update();
    try {
      JsonNode r = sign("dr.adams", p.programId(), ISO_20, 503);
      assertThat(r.toString()).contains("audit-unavailable").doesNotContain("US26-COUNSEL");
    } finally {
      jdbc.sql("drop trigger if exists test_cds_audit_broken on audit_pending").update();
    }
  }

  // --- helpers -----------------------------------------------------------------------------

  private JsonNode sign(String user, String programId, String coding, int status) throws Exception {
    return call(
        user,
        post("/cds-services/isocourse-order-sign"),
        request("order-sign", programId, order(coding, null)),
        status);
  }

  private static String order(String coding, String id) {
    return "{\"resourceType\":\"MedicationRequest\",\"id\":\""
        + (id == null ? "draft-1" : id)
        + "\",\"status\":\"draft\",\"intent\":\"order\","
        + "\"medicationCodeableConcept\":{\"coding\":["
        + coding
        + "]},\"dispenseRequest\":{\"numberOfRepeatsAllowed\":0}}";
  }

  private static String request(String hook, String programId, String orders) {
    StringBuilder entries = new StringBuilder();
    for (String o : orders.split("(?<=\\}\\}),(?=\\{\"resourceType)")) {
      if (!entries.isEmpty()) {
        entries.append(',');
      }
      entries.append("{\"resource\":").append(o).append('}');
    }
    return ("{\"hook\":\"%s\",\"hookInstance\":\"d1577c69-dfbe-44ad-ba6d-3e05e953b2ea\","
            + "\"fhirServer\":\"https://ehr.example/fhir\",\"context\":{\"userId\":"
            + "\"Practitioner/example\",\"patientId\":\"%s\",\"draftOrders\":{\"resourceType\":"
            + "\"Bundle\",\"type\":\"collection\",\"entry\":[%s]}},\"prefetch\":{}}")
        .formatted(hook, programId, entries);
  }

  private static JsonNode firstCard(JsonNode r, String indicator) {
    for (JsonNode c : r.get("cards")) {
      if (c.get("indicator").asText().equals(indicator)) {
        return c;
      }
    }
    return null;
  }

  private static Set<String> indicators(JsonNode r) {
    Set<String> out = new java.util.HashSet<>();
    r.get("cards").forEach(c -> out.add(c.get("indicator").asText()));
    return out;
  }
}
