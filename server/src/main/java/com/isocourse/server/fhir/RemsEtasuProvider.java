package com.isocourse.server.fhir;

import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import com.isocourse.server.authorization.DispenseCheck;
import com.isocourse.server.authorization.PharmacyAuthorizations;
import com.isocourse.server.patients.PatientAccess;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.patients.PatientRepository;
import com.isocourse.server.platform.refusal.ForbiddenException;
import com.isocourse.server.platform.refusal.InvalidInputException;
import com.isocourse.server.platform.refusal.NotFoundException;
import com.isocourse.server.platform.security.CurrentUser;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.GuidanceResponse;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;
import org.springframework.stereotype.Component;

/**
 * {@code POST /fhir/GuidanceResponse/$rems-etasu}: may this patient's isotretinoin be dispensed,
 * and if not, which requirements are unmet. The patient is named strictly — the Patient's
 * program-ID identifier and/or the case number ({@code case_number} as the IG writes it, {@code
 * caseNumber} as its reference code reads it), which is the program ID; several different ones, an
 * unknown one or none at all is "not found", never a guess from name and birth date. A prescriber
 * or designee asks about her own patients; a pharmacist about any patient she also identifies by
 * birth date, as on the pharmacy API. The answer is {@link DispenseCheck}'s: the pharmacy API's
 * decision, with nothing stored.
 */
@Component
public class RemsEtasuProvider implements IResourceProvider {
  private final PatientRepository patients;
  private final PatientAccess access;
  private final PharmacyAuthorizations pharmacy;
  private final DispenseCheck check;

  public RemsEtasuProvider(
      PatientRepository patients,
      PatientAccess access,
      PharmacyAuthorizations pharmacy,
      DispenseCheck check) {
    this.patients = patients;
    this.access = access;
    this.pharmacy = pharmacy;
    this.check = check;
  }

  @Override
  public Class<GuidanceResponse> getResourceType() {
    return GuidanceResponse.class;
  }

  @Operation(name = "$rems-etasu", idempotent = false)
  public Parameters remsEtasu(
      @OperationParam(name = "patient", min = 0, max = 1) Patient patient,
      @OperationParam(name = "case_number", min = 0, max = 1) StringType caseNumber,
      @OperationParam(name = "caseNumber", min = 0, max = 1) StringType caseNumberAlias,
      @OperationParam(name = "medication", min = 0, max = 1) IBaseResource medication) {
    FhirCaller caller = FhirCaller.current();
    CurrentUser user = caller.user();
    String programId = programId(patient, caseNumber, caseNumberAlias);
    PatientRecord record =
        switch (user.role()) {
          case PRESCRIBER, DESIGNEE -> {
            PatientRecord p =
                patients
                    .findByProgramId(programId)
                    .orElseThrow(() -> new NotFoundException("patient"));
            yield access.caredFor(user, p.id(), caller.facts());
          }
          case PHARMACIST -> {
            if (patient == null || !patient.hasBirthDate()) {
              throw InvalidInputException.of(
                  "patient.birthDate",
                  "a pharmacy names the patient by program ID and birth date, as on the"
                      + " pharmacy API");
            }
            LocalDate born = LocalDate.parse(patient.getBirthDateElement().getValueAsString());
            yield pharmacy.identify(programId, born, caller.facts());
          }
          default -> throw new ForbiddenException("prescribers and pharmacies ask $rems-etasu");
        };
    caller.facts().detail("rems-etasu");
    Optional<String> rx = prescriptionId(medication);
    return EtasuAnswer.of(check.check(user, record, rx));
  }

  /** The one program ID every given identity names; not found when none, or when they differ. */
  static String programId(Patient patient, StringType caseNumber, StringType alias) {
    Set<String> named = new HashSet<>();
    int given = 0;
    if (patient != null) {
      for (Identifier id : patient.getIdentifier()) {
        if (FhirCodes.PROGRAM_ID.equals(id.getSystem()) && id.hasValue()) {
          named.add(id.getValue().trim());
          given++;
        }
      }
    }
    for (StringType s : new StringType[] {caseNumber, alias}) {
      if (s != null && s.hasValue() && !s.getValue().isBlank()) {
        named.add(s.getValue().trim());
        given++;
      }
    }
    if (given == 0) {
      throw new ResourceNotFoundException(
          "No patient named: give her program ID as Patient.identifier ("
              + FhirCodes.PROGRAM_ID
              + ") or as case_number.");
    }
    if (named.size() != 1) {
      throw new ResourceNotFoundException(
          "The identifiers given name different patients: no patient is chosen.");
    }
    return named.iterator().next();
  }

  /** The prescription a MedicationRequest names by its id or its program identifier. */
  static Optional<String> prescriptionId(IBaseResource medication) {
    if (!(medication instanceof MedicationRequest m)) {
      return Optional.empty();
    }
    for (Identifier id : m.getIdentifier()) {
      if (MedicationRequests.PRESCRIPTION_ID.equals(id.getSystem()) && id.hasValue()) {
        return Optional.of(id.getValue());
      }
    }
    if (m.getIdElement().hasIdPart()) {
      return Optional.of(m.getIdElement().getIdPart());
    }
    return Optional.empty();
  }
}
