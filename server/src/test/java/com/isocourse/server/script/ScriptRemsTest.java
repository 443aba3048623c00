package com.isocourse.server.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.isocourse.server.support.ApiTestSupport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.w3c.dom.Document;

/**
 * NCPDP SCRIPT REMSRequest → REMSResponse round trips over the real server, checked against the
 * field table of docs/interop-script.md ({@link ScriptShapes}): approved and denied answers mapped
 * from the pharmacy authorization, a resent message answered the same without a second request or
 * authorization row, and malformed or hostile XML refused with a SCRIPT Error.
 */
class ScriptRemsTest extends ApiTestSupport {

  @Test
  void aReadyPatientIsApprovedWithCaseIdAuthorizationNumberAndExpiration() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Script Approved");
    counsel("dr.adams", p.patientId());

    Document r = send("paula.pharmacist", remsRequest("msg-approve-1", p), 200);

    ScriptShapes.assertResponse(r);
    assertThat(texts(r, "Approved")).isNotEmpty();
    assertThat(texts(r, "Denied")).isEmpty();
    assertThat(texts(r, "REMSCaseID")).containsExactly(p.programId());
    String number = texts(r, "REMSAuthorizationNumber").get(0);
    var stored =
        jdbc.sql(
                "select code, do_not_dispense_after::text from dispense_authorization"
                    + " where prescription_id = ?")
            .param(p.prescriptionId())
            .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
            .single();
    assertThat(number).isEqualTo(stored[0]);
    assertThat(text(r, "ExpirationDate")).isEqualTo(stored[1]);
    assertThat(texts(r, "RelatesToMessageID")).containsExactly("msg-approve-1");
    assertThat(
            auditSql(
                    "select count(*) from audit_log where patient_id = ? and action ="
                        + " 'POST /script/rems'")
                .param(p.patientId())
                .query(Long.class)
                .single())
        .as("audited like the pharmacy API, naming the patient")
        .isEqualTo(1);
  }

  @Test
  void aBlockedPatientIsDeniedWithReasonCodesAndANoteNamingTheRules() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Script Denied");

    Document r = send("paula.pharmacist", remsRequest("msg-deny-1", p), 200);

    ScriptShapes.assertResponse(r);
    assertThat(texts(r, "Approved")).isEmpty();
    assertThat(texts(r, "ReasonCode")).contains("COUNSELING_NOT_CONFIRMED");
    assertThat(text(r, "Note")).startsWith("DENIED").contains("US26-COUNSEL");
    assertThat(texts(r, "REMSAuthorizationNumber")).isEmpty();
  }

  @Test
  void aResentMessageGetsTheSameAnswerAndCreatesNothingNew() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Script Resent");
    counsel("dr.adams", p.patientId());
    String message = remsRequest("msg-resent-1", p);

    Document first = send("paula.pharmacist", message, 200);
    long requests = rowsFor("dispense_request", p);
    long authorizations = authorizationsOf(p);
    Document again = send("paula.pharmacist", message, 200);

    assertThat(texts(again, "REMSAuthorizationNumber"))
        .isEqualTo(texts(first, "REMSAuthorizationNumber"))
        .hasSize(1);
    assertThat(texts(again, "MessageID")).isEqualTo(texts(first, "MessageID"));
    assertThat(rowsFor("dispense_request", p)).isEqualTo(requests).isEqualTo(1);
    assertThat(authorizationsOf(p)).isEqualTo(authorizations).isEqualTo(1);
    Document other = send("paula.pharmacist", remsRequest("msg-resent-2", p), 409);
    assertThat(text(other, "Description")).contains("already has authorization");
  }

  @Test
  void anExternalEntityIsRefusedAndNeverRead() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Script Xxe");
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE Message [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + remsRequest("msg-xxe-1", p)
                .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "")
                .replace(p.programId(), "&xxe;");

    Document r = send("paula.pharmacist", xxe, 400);

    assertThat(text(r, "Code")).isEqualTo("900");
    assertThat(text(r, "Description")).contains("DOCTYPE").doesNotContain("root:");
    assertThat(rowsFor("dispense_request", p)).isZero();
    String billionLaughs =
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2"
            + " \"&lol;&lol;&lol;&lol;&lol;\">]><Message>&lol2;</Message>";
    assertThat(text(send("paula.pharmacist", billionLaughs, 400), "Description"))
        .contains("DOCTYPE");
  }

  @Test
  void malformedMessagesGetAnErrorNamingTheElement() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Script Malformed");
    String good = remsRequest("msg-bad-1", p);

    assertThat(text(send("paula.pharmacist", "<Message><Header>", 400), "Description"))
        .contains("not well-formed");
    assertThat(
            text(
                send("paula.pharmacist", good.replace("<MessageID>msg-bad-1</MessageID>", ""), 400),
                "Description"))
        .startsWith("Header/MessageID: is required");
    assertThat(
            text(
                send("paula.pharmacist", good.replace("2000-05-05", "05/05/2000"), 400),
                "Description"))
        .startsWith("Patient/HumanPatient/DateOfBirth/Date:");
    assertThat(
            text(
                send(
                    "paula.pharmacist",
                    good.replaceAll("<PrescriberOrderNumber>[^<]*</PrescriberOrderNumber>", ""),
                    400),
                "Description"))
        .startsWith("MedicationPrescribed/PrescriberOrderNumber: is required");
    assertThat(text(send("paula.pharmacist", "", 400), "Description")).contains("empty");
    assertThat(
            text(
                send("paula.pharmacist", good.replace("2000-05-05", "1999-01-01"), 404),
                "Description"))
        .contains("patient not found");
    assertThat(rowsFor("dispense_request", p)).isZero();
  }

  @Test
  void onlyAPharmacistMaySendARemsRequest() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Script Roles");
    for (String user : List.of("dr.adams", "admin")) {
      MvcResult r =
          mvc.perform(
                  post("/script/rems")
                      .header("Authorization", "Bearer " + tokenOf(user))
                      .contentType(MediaType.APPLICATION_XML)
                      .content(remsRequest("msg-role", p)))
              .andReturn();
      assertThat(r.getResponse().getStatus()).isEqualTo(403);
    }
  }

  @Test
  void nothingIsAuthorizedWithoutItsAuditRow() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Script Failclosed");
    counsel("dr.adams", p.patientId());
    jdbc.sql(
            "create or replace function test_script_audit_broken() returns trigger language"
                + " plpgsql as $$ begin raise exception 'audit storage failed'; end; $$")
        .update();
    jdbc.sql(
            "create trigger test_script_audit_broken before insert on audit_pending"
                + " for each row execute function test_script_audit_broken()")
        .update();
    try {
      MvcResult r =
          mvc.perform(
                  post("/script/rems")
                      .header("Authorization", "Bearer " + tokenOf("paula.pharmacist"))
                      .contentType(MediaType.APPLICATION_XML)
                      .content(remsRequest("msg-failclosed-1", p)))
              .andReturn();
      assertThat(r.getResponse().getStatus()).isEqualTo(503);
      assertThat(r.getResponse().getContentAsString()).doesNotContain("REMSAuthorizationNumber");
    } finally {
      jdbc.sql("drop trigger if exists test_script_audit_broken on audit_pending").update();
    }
    assertThat(rowsFor("dispense_request", p)).isZero();
    assertThat(authorizationsOf(p)).isZero();
  }

  // --- helpers -----------------------------------------------------------------------------

  /** A REMSRequest as a pharmacy system sends it (docs/interop-script.md, example 1). */
  static String remsRequest(String messageId, Prescribed p) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <Message xmlns="http://www.ncpdp.org/schema/SCRIPT" DatatypesVersion="2023011" \
        TransportVersion="2023011" TransactionDomain="SCRIPT" TransactionVersion="2023011" \
        StructuresVersion="2023011" ECLVersion="2023011">
          <Header>
            <To Qualifier="ZZZ">ISOCOURSE</To>
            <From Qualifier="P">1234567</From>
            <MessageID>%s</MessageID>
            <SentTime>2026-12-01T09:30:00Z</SentTime>
          </Header>
          <Body>
            <REMSRequest>
              <Patient>
                <HumanPatient>
                  <Identification><REMSPatientID>%s</REMSPatientID></Identification>
                  <Name><LastName>Doe</LastName><FirstName>Jo</FirstName></Name>
                  <DateOfBirth><Date>2000-05-05</Date></DateOfBirth>
                </HumanPatient>
              </Patient>
              <Pharmacy>
                <Identification><NCPDPID>1234567</NCPDPID></Identification>
                <BusinessName>Demo Pharmacy</BusinessName>
              </Pharmacy>
              <MedicationPrescribed>
                <DrugDescription>Isotretinoin 20 MG Oral Capsule</DrugDescription>
                <DrugCoded><ProductCode><Code>197844</Code><Qualifier>RXN</Qualifier></ProductCode></DrugCoded>
                <PrescriberOrderNumber>%s</PrescriberOrderNumber>
              </MedicationPrescribed>
            </REMSRequest>
          </Body>
        </Message>
        """
        .formatted(messageId, p.programId(), p.prescriptionId());
  }

  private Document send(String user, String xml, int status) throws Exception {
    MvcResult r =
        mvc.perform(
                post("/script/rems")
                    .header("Authorization", "Bearer " + tokenOf(user))
                    .contentType(MediaType.APPLICATION_XML)
                    .content(xml.getBytes(StandardCharsets.UTF_8)))
            .andReturn();
    String body = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(r.getResponse().getStatus()).as(body).isEqualTo(status);
    assertThat(r.getResponse().getContentType()).startsWith("application/xml");
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document d =
        f.newDocumentBuilder()
            .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    assertThat(d.getDocumentElement().getNamespaceURI()).isEqualTo(ScriptXml.NS);
    return d;
  }

  private static List<String> texts(Document d, String localName) {
    var nodes = d.getElementsByTagNameNS("*", localName);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent().strip());
    }
    return out;
  }

  private static String text(Document d, String localName) {
    List<String> t = texts(d, localName);
    assertThat(t).as(localName).isNotEmpty();
    return t.get(0);
  }

  private long rowsFor(String table, Prescribed p) {
    return jdbc.sql("select count(*) from " + table + " where prescription_id = ?")
        .param(p.prescriptionId())
        .query(Long.class)
        .single();
  }

  private long authorizationsOf(Prescribed p) {
    return jdbc.sql("select count(*) from dispense_authorization where prescription_id = ?")
        .param(p.prescriptionId())
        .query(Long.class)
        .single();
  }
}
