package com.isocourse.server.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The REMSResponse shape of docs/interop-script.md, checked by hand (there is no XSD here). */
final class ScriptShapes {
  private ScriptShapes() {}

  /**
   * The REMSResponse field table of docs/interop-script.md: Header (To, From, MessageID,
   * RelatesToMessageID, SentTime); Body/REMSResponse/Response with exactly one of Approved
   * (REMSCaseID, REMSAuthorizationNumber, AuthorizationPeriod/ExpirationDate/Date as YYYY-MM-DD) or
   * Denied (one or more ReasonCode, REMSCaseID, Note); Patient/HumanPatient/Identification/
   * REMSPatientID; MedicationPrescribed/PrescriberOrderNumber.
   */
  static void assertResponse(Document d) {
    Element m = d.getDocumentElement();
    assertThat(m.getLocalName()).isEqualTo("Message");
    for (String h : List.of("To", "From", "MessageID", "RelatesToMessageID", "SentTime")) {
      assertThat(ScriptXml.at(m, "Header/" + h)).as(h).isPresent();
    }
    Element response = ScriptXml.at(m, "Body/REMSResponse/Response").orElseThrow();
    List<String> kinds = new ArrayList<>();
    for (Node n = response.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        kinds.add(e.getLocalName());
      }
    }
    assertThat(kinds).hasSize(1).containsAnyOf("Approved", "Denied");
    if (kinds.get(0).equals("Approved")) {
      assertThat(ScriptXml.text(response, "Approved/REMSCaseID")).isPresent();
      assertThat(ScriptXml.text(response, "Approved/REMSAuthorizationNumber")).isPresent();
      assertThat(ScriptXml.text(response, "Approved/AuthorizationPeriod/ExpirationDate/Date"))
          .get()
          .asString()
          .matches("\\d{4}-\\d{2}-\\d{2}");
    } else {
      assertThat(ScriptXml.text(response, "Denied/ReasonCode")).isPresent();
      assertThat(ScriptXml.text(response, "Denied/REMSCaseID")).isPresent();
      assertThat(ScriptXml.text(response, "Denied/Note")).isPresent();
    }
    assertThat(
            ScriptXml.text(
                m, "Body/REMSResponse/Patient/HumanPatient/Identification/REMSPatientID"))
        .isPresent();
    assertThat(ScriptXml.text(m, "Body/REMSResponse/MedicationPrescribed/PrescriberOrderNumber"))
        .isPresent();
  }
}
