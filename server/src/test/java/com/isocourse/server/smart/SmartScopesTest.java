package com.isocourse.server.smart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which route each system/ scope opens, and that nothing opens the admin or patient API. */
class SmartScopesTest {

  @ParameterizedTest(name = "{0} {1} {2} -> {3}")
  @CsvSource({
    "system/Patient.read, GET, /api/patients, true",
    "system/Patient.read, GET, /api/patients/7/course, true",
    "system/Patient.read, POST, /api/patients/7/events, false",
    "system/Patient.read, POST, /api/pharmacy/authorizations, false",
    "system/Patient.read, POST, /api/pharmacy/patients/lookup, true",
    "system/Patient.read, GET, /fhir/Patient/12, true",
    "system/Patient.read, GET, /fhir/Observation, false",
    "system/Observation.read, GET, /fhir/Observation, true",
    "system/Observation.read, POST, /fhir/Observation, false",
    "system/Observation.write, POST, /fhir/Observation, true",
    "system/Observation.write, POST, /api/patients/7/events, true",
    "system/Observation.write, POST, /api/patients/7/prescriptions, false",
    "system/MedicationRequest.read, GET, /fhir/MedicationRequest, true",
    "system/MedicationRequest.read, GET, /fhir/Patient, false",
    "system/MedicationStatement.read, GET, /fhir/MedicationStatement, true",
    "system/MedicationStatement.read, POST, /fhir/MedicationStatement, false",
    "system/MedicationStatement.write, POST, /fhir/MedicationStatement, true",
    "system/MedicationStatement.write, PUT, /fhir/MedicationStatement/3, false",
    "system/MedicationStatement.write, POST, /fhir/Observation, false",
    "system/MedicationStatement.write, POST, /api/patients/7/events, false",
    "system/*.read, GET, /api/patients/7/course, true",
    "system/*.read, GET, /fhir/AuditEvent, true",
    "system/*.read, POST, /api/patients/7/events, false",
    "system/*.read, GET, /api/admin/users, false",
    "system/*.read, GET, /api/me/course, false",
    "system/GuidanceResponse.$rems-etasu, POST, /fhir/GuidanceResponse/$rems-etasu, true",
    "system/GuidanceResponse.$rems-etasu, GET, /fhir/GuidanceResponse, false",
    "system/cds-hooks, POST, /cds-services/isotretinoin-order-sign, true",
    "system/cds-hooks, POST, /api/patients/7/events, false",
    "system/pharmacy.authorize, POST, /api/pharmacy/authorizations, true",
    "system/pharmacy.authorize, POST, /api/pharmacy/authorizations/r1/dispense, true",
    "system/pharmacy.authorize, POST, /script/rems, true",
    "system/pharmacy.authorize, GET, /api/patients, false",
    "system/pharmacy.authorize, POST, /api/admin/users, false",
    "system/Patient.read, GET, /api/whoami, true",
    "system/Patient.read, GET, /cds-services, true",
  })
  void eachScopeOpensItsRoutesOnly(String scope, String method, String path, boolean allowed) {
    assertThat(SmartScopes.allows(List.of(scope), method, path)).isEqualTo(allowed);
  }

  @ParameterizedTest
  @CsvSource({"GET, /api/patients", "POST, /script/rems", "POST, /cds-services/x"})
  void noScopeOpensNothingButThePublicRoutes(String method, String path) {
    assertThat(SmartScopes.allows(List.of(), method, path)).isFalse();
  }
}
