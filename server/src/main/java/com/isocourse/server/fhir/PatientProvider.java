package com.isocourse.server.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.List;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.springframework.stereotype.Component;

/** {@code Patient}: read by id, search by identifier (the program ID), within the relationship. */
@Component
public class PatientProvider implements IResourceProvider {
  private final FhirPatients patients;

  public PatientProvider(FhirPatients patients) {
    this.patients = patients;
  }

  @Override
  public Class<Patient> getResourceType() {
    return Patient.class;
  }

  @Read
  public Patient read(@IdParam IdType id) {
    return PatientResources.of(patients.readable(FhirCaller.current(), id));
  }

  /**
   * The patient with that program ID: {@code identifier=https://isocourse.example/program-id|IC-…}
   * or the bare value. Another system, or a patient outside the relationship, is an empty bundle.
   */
  @Search
  public List<Patient> byIdentifier(@RequiredParam(name = Patient.SP_IDENTIFIER) TokenParam id) {
    if (id.getSystem() != null
        && !id.getSystem().isEmpty()
        && !id.getSystem().equals(FhirCodes.PROGRAM_ID)) {
      FhirCaller.current().facts().detail("identifier of another system");
      return List.of();
    }
    return patients
        .byProgramId(FhirCaller.current(), id.getValue())
        .map(PatientResources::of)
        .stream()
        .toList();
  }
}
