package com.isocourse.server.fhir;

import com.isocourse.core.authorization.Outcome;
import com.isocourse.core.authorization.Requirement;
import com.isocourse.core.reasons.Finding;
import com.isocourse.server.authorization.DispenseCheck;
import java.util.Locale;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.GuidanceResponse;
import org.hl7.fhir.r4.model.GuidanceResponse.GuidanceResponseStatus;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * The {@code $rems-etasu} answer (REMS IG STU2): one GuidanceResponse whose status is {@code
 * success} only when the decision is AUTHORIZED (with the authorization code and the
 * do-not-dispense-after), {@code data-required} for DENIED and INDETERMINATE — never success — and
 * one nested GuidanceResponse per requirement of core's checklist (ADR 0017): {@code success} for a
 * met one, {@code data-required} for an unmet or missing one with its reason codes, rule ID and who
 * must act in {@code reasonCode}; plus the case number. The nested responses sit in a contained
 * Parameters that the outer response's {@code outputParameters} references, as in the IG's
 * examples.
 */
final class EtasuAnswer {
  static final String REQUIREMENTS = "etasu-requirements";

  private EtasuAnswer() {}

  static Parameters of(DispenseCheck.Checked c) {
    GuidanceResponse answer = response(c, "etasu");
    boolean authorized = c.decision().outcome() instanceof Outcome.Authorized;
    answer.setStatus(
        authorized ? GuidanceResponseStatus.SUCCESS : GuidanceResponseStatus.DATAREQUIRED);
    answer.addReasonCode(
        new CodeableConcept()
            .addCoding(
                new org.hl7.fhir.r4.model.Coding(
                    FhirCodes.DECISION, c.decision().outcome().decision(), null))
            .setText(c.decision().outcome().decision()));
    Parameters requirements = new Parameters();
    requirements.setId(REQUIREMENTS);
    int n = 1;
    for (Requirement item : c.checklist().requirements()) {
      GuidanceResponse r = response(c, "requirement-" + n++);
      requirement(r, item);
      requirements.addParameter().setName("requirement").setResource(r);
    }
    if (!requirements.getParameter().isEmpty()) {
      answer.addContained(requirements);
      answer.setOutputParameters(new Reference("#" + REQUIREMENTS));
    }
    Parameters out = new Parameters();
    out.addParameter().setName("rems-etasu").setResource(answer);
    String caseNumber = c.patient().programId();
    out.addParameter().setName("case_number").setValue(new StringType(caseNumber));
    out.addParameter().setName("caseNumber").setValue(new StringType(caseNumber));
    out.addParameter().setName("prescription").setValue(new StringType(c.prescriptionId()));
    if (c.decision().outcome() instanceof Outcome.Authorized a) {
      out.addParameter()
          .setName("authorization-code")
          .setValue(new StringType(a.authorizationCode()));
      out.addParameter()
          .setName("do-not-dispense-after")
          .setValue(new DateType(a.doNotDispenseAfter().toString()));
    }
    return out;
  }

  /**
   * One requirement of the checklist: MET is {@code success} with its rule ID, the fact's date and
   * the last day it holds in the note; UNMET and MISSING are {@code data-required} with each reason
   * code, the rule ID and who must act in {@code reasonCode}, and each finding's sentence as a
   * note.
   */
  private static void requirement(GuidanceResponse r, Requirement item) {
    if (item.met()) {
      r.setStatus(GuidanceResponseStatus.SUCCESS);
      r.addReasonCode(concept(FhirCodes.RULE_ID, item.ruleId()));
      r.addNote().setText(metNote(item));
      return;
    }
    r.setStatus(GuidanceResponseStatus.DATAREQUIRED);
    item.codes().forEach(code -> r.addReasonCode(concept(FhirCodes.REASON_CODE, code.name())));
    r.addReasonCode(concept(FhirCodes.RULE_ID, item.ruleId()));
    r.addReasonCode(
        concept(FhirCodes.ACTING_PARTY, item.whoActs().name().toLowerCase(Locale.ROOT)));
    for (Finding f : item.findings()) {
      r.addNote().setText(f.message());
    }
  }

  private static String metNote(Requirement item) {
    StringBuilder note = new StringBuilder("Met: ").append(item.summary());
    item.factDate().ifPresent(d -> note.append(" Fact dated ").append(d).append('.'));
    item.holdsUntil().ifPresent(d -> note.append(" Holds until ").append(d).append('.'));
    return note.toString();
  }

  private static GuidanceResponse response(DispenseCheck.Checked c, String requestId) {
    GuidanceResponse r = new GuidanceResponse();
    r.setRequestIdentifier(new Identifier().setValue(requestId));
    r.setModule(new org.hl7.fhir.r4.model.UriType(FhirCodes.REMS_MODULE));
    Reference subject =
        new Reference()
            .setIdentifier(
                new Identifier().setSystem(FhirCodes.PROGRAM_ID).setValue(c.patient().programId()));
    r.setSubject(subject);
    r.setOccurrenceDateTimeElement(new DateTimeType(c.date().toString()));
    return r;
  }

  private static CodeableConcept concept(String system, String code) {
    return new CodeableConcept()
        .addCoding(new org.hl7.fhir.r4.model.Coding(system, code, null))
        .setText(code);
  }
}
