package com.isocourse.server.script;

import com.fasterxml.jackson.databind.JsonNode;
import com.isocourse.server.authorization.AuthorizationView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes the SCRIPT answers (docs/interop-script.md): {@code REMSResponse} with {@code
 * Response/Approved} exactly when the pharmacy authorization was issued (REMSCaseID = program ID,
 * REMSAuthorizationNumber = the authorization code, AuthorizationPeriod/ExpirationDate = the
 * do-not-dispense-after date), otherwise {@code Response/Denied} with the blocking reason codes
 * (or, for INDETERMINATE, the missing-fact codes) and a Note naming each rule ID; and the SCRIPT
 * {@code Error} for a message that could not be processed.
 */
final class RemsResponses {
  static final String SELF = "ISOCOURSE";

  private RemsResponses() {}

  static String answer(RemsRequest request, AuthorizationView view, Instant sent) {
    Document d = ScriptXml.newDocument();
    Element body =
        envelope(d, request.sender(), request.messageId(), "REMS-" + view.requestId(), sent);
    Element rems = ScriptXml.add(body, "REMSResponse", null);
    Element response = ScriptXml.add(rems, "Response", null);
    if (view.authorization() != null) {
      Element ok = ScriptXml.add(response, "Approved", null);
      ScriptXml.add(ok, "REMSCaseID", view.programId());
      ScriptXml.add(ok, "REMSAuthorizationNumber", view.authorization().code());
      Element period = ScriptXml.add(ok, "AuthorizationPeriod", null);
      ScriptXml.add(
          ScriptXml.add(period, "EffectiveDate", null), "Date", view.requestDate().toString());
      ScriptXml.add(
          ScriptXml.add(period, "ExpirationDate", null),
          "Date",
          view.authorization().doNotDispenseAfter().toString());
    } else {
      Element no = ScriptXml.add(response, "Denied", null);
      List<JsonNode> findings = findings(view.decision());
      for (JsonNode f : findings) {
        ScriptXml.add(no, "ReasonCode", f.get("code").asText());
      }
      ScriptXml.add(no, "REMSCaseID", view.programId());
      ScriptXml.add(no, "Note", note(view.decision().path("decision").asText(), findings));
    }
    Element patient = ScriptXml.add(ScriptXml.add(rems, "Patient", null), "HumanPatient", null);
    ScriptXml.add(
        ScriptXml.add(patient, "Identification", null), "REMSPatientID", request.programId());
    ScriptXml.add(
        ScriptXml.add(rems, "MedicationPrescribed", null),
        "PrescriberOrderNumber",
        request.prescriptionId());
    return ScriptXml.write(d);
  }

  /** A SCRIPT Error: {@code Code} 900 (rejected) or 601 (receiver unable to process). */
  static String error(
      String relatesTo, String code, String element, String description, Instant sent) {
    Document d = ScriptXml.newDocument();
    Element body = envelope(d, "", relatesTo, "ERR-" + sent.toEpochMilli(), sent);
    Element error = ScriptXml.add(body, "Error", null);
    ScriptXml.add(error, "Code", code);
    ScriptXml.add(error, "Description", element + ": " + description);
    return ScriptXml.write(d);
  }

  private static Element envelope(
      Document d, String to, String relatesTo, String messageId, Instant sent) {
    Element message = ScriptXml.add(d, "Message", null);
    Element header = ScriptXml.add(message, "Header", null);
    ScriptXml.add(header, "To", to);
    ScriptXml.add(header, "From", SELF);
    ScriptXml.add(header, "MessageID", messageId);
    if (relatesTo != null) {
      ScriptXml.add(header, "RelatesToMessageID", relatesTo);
    }
    ScriptXml.add(header, "SentTime", sent.toString());
    return ScriptXml.add(message, "Body", null);
  }

  /** DENIED: the blocking reasons; INDETERMINATE: the missing facts (never an approval). */
  private static List<JsonNode> findings(JsonNode decision) {
    List<JsonNode> out = new ArrayList<>();
    decision.path("reasons").forEach(out::add);
    if (out.isEmpty()) {
      decision.path("missing").forEach(out::add);
    }
    return out;
  }

  private static String note(String outcome, List<JsonNode> findings) {
    StringBuilder s = new StringBuilder(outcome);
    for (JsonNode f : findings) {
      s.append("; ")
          .append(f.get("rule").asText())
          .append(" ")
          .append(f.get("code").asText())
          .append(": ")
          .append(f.get("message").asText());
    }
    return s.toString();
  }
}
