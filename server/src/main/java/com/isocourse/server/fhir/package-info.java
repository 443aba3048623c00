/**
 * The FHIR R4 adapter at {@code /fhir} (issue 15, docs/adr/0013): a plain HAPI {@code
 * RestfulServer} servlet whose resource providers are thin translations to and from the same use
 * cases as the REST API — {@code PatientAccess} for who sees whom, {@code CaseFiles} and core's
 * {@code DispenseRules} for the decision, {@code CourseRecorder} for writes. Security and audit are
 * the API's: the same bearer tokens, a stateless chain of its own, and the same {@code AuditFilter}
 * and the request's {@code AuditFacts} ({@code FhirCaller}), so every read names its patient.
 */
package com.isocourse.server.fhir;
