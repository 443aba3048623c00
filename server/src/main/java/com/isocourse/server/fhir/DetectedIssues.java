package com.isocourse.server.fhir;

import com.isocourse.core.reasons.Finding;
import com.isocourse.server.patients.PatientRecord;
import java.time.LocalDate;
import java.util.Locale;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DetectedIssue;

/**
 * A blocking reason of the current dispense decision as a DetectedIssue: the reason code as its
 * code, high severity (it stops the fill), and the rule ID with the pharmacist's sentence as its
 * detail (rules.md §3).
 */
final class DetectedIssues {
  private DetectedIssues() {}

  static DetectedIssue of(Finding f, PatientRecord patient, LocalDate today) {
    DetectedIssue issue = new DetectedIssue();
    issue.setId(patient.id() + "-" + f.code().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    issue.setStatus(DetectedIssue.DetectedIssueStatus.FINAL);
    issue.getCode().addCoding().setSystem(FhirCodes.REASON_CODE).setCode(f.code().name());
    issue.getCode().setText(f.code().name());
    issue.setSeverity(DetectedIssue.DetectedIssueSeverity.HIGH);
    issue.setPatient(PatientResources.reference(patient));
    issue.setIdentified(new DateTimeType(today.toString()));
    issue.setDetail("Rule " + f.rule() + ": " + f.message());
    issue.setReference(FhirCodes.RULE_ID + "#" + f.rule());
    return issue;
  }
}
