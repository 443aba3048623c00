package com.isocourse.server.fhir;

import com.isocourse.server.platform.audit.AuditTrail;
import java.util.Date;
import java.util.Locale;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventOutcome;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

/**
 * An audit row as an R4 AuditEvent: type {@code rest} (DICOM/HL7 audit-event-type), the route as
 * {@code subtype} in the program's own system, the action from the HTTP method (GET read, POST
 * create, an operation execute), outcome 0 for OK and 4 (minor failure) for a refusal or a not
 * found, the user as the requesting agent (program user id), the patient as the entity. Request
 * bodies are never in the trail, so never here.
 */
final class AuditEvents {
  static final String ACTION = "https://isocourse.example/audit-action";
  static final String USER_ID = "https://isocourse.example/user-id";
  private static final String EVENT_TYPE = "http://terminology.hl7.org/CodeSystem/audit-event-type";

  private AuditEvents() {}

  static AuditEvent of(AuditTrail.Row row) {
    AuditEvent e = new AuditEvent();
    e.setId(String.valueOf(row.id()));
    e.setType(new Coding(EVENT_TYPE, "rest", "RESTful Operation"));
    e.addSubtype(new Coding(ACTION, row.action(), null));
    e.setAction(action(row.action()));
    e.setRecorded(Date.from(row.at()));
    e.setOutcome(row.outcome().equals("OK") ? AuditEventOutcome._0 : AuditEventOutcome._4);
    e.setOutcomeDesc(row.outcome() + ": " + row.action() + " (" + row.detail() + ")");
    AuditEvent.AuditEventAgentComponent agent = e.addAgent().setRequestor(true);
    Reference who = new Reference().setDisplay(row.actor());
    if (row.actorId() != null) {
      who.setIdentifier(new Identifier().setSystem(USER_ID).setValue(row.actorId().toString()));
    }
    agent.setWho(who);
    e.getSource().setSite("Isocourse").setObserver(new Reference().setDisplay("Isocourse server"));
    if (row.patientId() != null) {
      e.addEntity().setWhat(new Reference("Patient/" + row.patientId()));
    }
    return e;
  }

  /** C, R, U, D or E from the route's method (E for an operation or a non-HTTP action). */
  static AuditEventAction action(String route) {
    String method = route.split(" ", 2)[0].toUpperCase(Locale.ROOT);
    return switch (method) {
      case "GET", "HEAD" -> AuditEventAction.R;
      case "PUT", "PATCH" -> AuditEventAction.U;
      case "DELETE" -> AuditEventAction.D;
      case "POST" -> route.contains("$") ? AuditEventAction.E : AuditEventAction.C;
      default -> AuditEventAction.E;
    };
  }
}
