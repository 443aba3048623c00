package com.isocourse.server.fhir;

import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import com.isocourse.server.patients.PatientAccess;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.patients.PatientRepository;
import com.isocourse.server.platform.refusal.ForbiddenException;
import com.isocourse.server.platform.refusal.NotFoundException;
import com.isocourse.server.platform.security.CurrentUser;
import com.isocourse.server.platform.security.Role;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IIdType;
import org.springframework.stereotype.Component;

/**
 * Whose clinical record a FHIR caller may read: the REST API's relationship checks ({@link
 * PatientAccess}) — a prescriber or designee her own patients, a patient only herself — and nobody
 * else's. A pharmacist reads nothing clinical here: the pharmacy's question is {@code $rems-etasu},
 * as it is the authorization endpoint on the REST API. Every resolved patient is named in the audit
 * row.
 */
@Component
class FhirPatients {
  private static final String NO_CLINICAL_READS =
      "a pharmacy reads no clinical record: ask POST /fhir/GuidanceResponse/$rems-etasu";
  private final PatientAccess access;
  private final PatientRepository patients;

  FhirPatients(PatientAccess access, PatientRepository patients) {
    this.access = access;
    this.patients = patients;
  }

  /** The patient with that logical id, if the caller may read her record; 404 otherwise. */
  PatientRecord readable(FhirCaller caller, IIdType id) {
    return readable(caller, logicalId(id));
  }

  PatientRecord readable(FhirCaller caller, long patientId) {
    CurrentUser user = caller.user();
    return switch (user.role()) {
      case PRESCRIBER, DESIGNEE -> access.caredFor(user, patientId, caller.facts());
      case PATIENT -> {
        PatientRecord self = access.self(user, caller.facts());
        if (self.id() != patientId) {
          caller.facts().patient(patientId);
          throw new NotFoundException("patient");
        }
        yield self;
      }
      case PHARMACIST, ADMIN -> throw new ForbiddenException(NO_CLINICAL_READS);
    };
  }

  /** Refuses (403) anyone but the prescriber or her designee, before the input is read. */
  static void mayRecordFacts(CurrentUser user) {
    if (user.role() != Role.PRESCRIBER && user.role() != Role.DESIGNEE) {
      throw new ForbiddenException("only the prescriber or her designee records facts");
    }
  }

  /** The patient whose facts the prescriber or her designee records; 404 outside her patients. */
  PatientRecord writable(FhirCaller caller, long patientId) {
    mayRecordFacts(caller.user());
    return access.caredFor(caller.user(), patientId, caller.facts());
  }

  /** The patient with that program ID, if the caller may read her record. */
  Optional<PatientRecord> byProgramId(FhirCaller caller, String programId) {
    CurrentUser user = caller.user();
    if (user.role() == Role.PHARMACIST || user.role() == Role.ADMIN) {
      throw new ForbiddenException(NO_CLINICAL_READS);
    }
    Optional<PatientRecord> found = patients.findByProgramId(programId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(readable(caller, found.get().id()));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  /** The numeric id of {@code Patient/123}; anything else names no patient (404). */
  static long logicalId(IIdType id) {
    if (id == null || !id.hasIdPart()) {
      throw new ResourceNotFoundException("patient");
    }
    String part = id.getIdPart();
    if (!part.matches("\\d{1,18}")) {
      throw new NotFoundException("patient");
    }
    return Long.parseLong(part);
  }
}
