package com.isocourse.server.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import com.isocourse.server.platform.audit.AuditTrail;
import com.isocourse.server.platform.refusal.ForbiddenException;
import com.isocourse.server.platform.refusal.NotFoundException;
import com.isocourse.server.platform.security.Role;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;

/**
 * {@code AuditEvent}: the audit trail for admins, and nobody else (the {@code /fhir} chain lets
 * only an admin reach it; this checks again). Read by id, search by patient and/or {@code date}
 * (the newest {@value AuditTrail#MAX_ROWS} rows). Reading the trail is itself audited, naming the
 * patient searched for.
 */
@Component
public class AuditEventProvider implements IResourceProvider {
  private final AuditTrail trail;

  public AuditEventProvider(AuditTrail trail) {
    this.trail = trail;
  }

  @Override
  public Class<AuditEvent> getResourceType() {
    return AuditEvent.class;
  }

  @Read
  public AuditEvent read(@IdParam IdType id) {
    adminOnly();
    String part = id.getIdPart();
    if (part == null || !part.matches("\\d{1,18}")) {
      throw new NotFoundException("audit event");
    }
    return trail
        .find(Long.parseLong(part))
        .map(AuditEvents::of)
        .orElseThrow(() -> new NotFoundException("audit event"));
  }

  @Search
  public List<AuditEvent> search(
      @OptionalParam(name = AuditEvent.SP_PATIENT) ReferenceParam patient,
      @OptionalParam(name = AuditEvent.SP_DATE) DateRangeParam date) {
    adminOnly();
    Optional<Long> patientId = Optional.empty();
    if (patient != null) {
      long id = FhirPatients.logicalId(new IdType("Patient", patient.getIdPart()));
      FhirCaller.current().facts().patient(id);
      patientId = Optional.of(id);
    }
    Optional<DateRangeParam> range = Optional.ofNullable(date);
    return trail
        .about(
            patientId,
            range.map(DateRangeParam::getLowerBoundAsInstant).map(d -> d.toInstant()),
            range.map(DateRangeParam::getUpperBoundAsInstant).map(d -> d.toInstant()))
        .stream()
        .map(AuditEvents::of)
        .toList();
  }

  private static void adminOnly() {
    if (FhirCaller.current().user().role() != Role.ADMIN) {
      throw new ForbiddenException("only an admin reads the audit trail");
    }
  }
}
