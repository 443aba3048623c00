package com.isocourse.server.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import com.isocourse.server.admin.ClinicDirectory;
import com.isocourse.server.patients.PatientAccess;
import com.isocourse.server.platform.refusal.ForbiddenException;
import com.isocourse.server.platform.refusal.NotFoundException;
import com.isocourse.server.platform.security.CurrentUser;
import java.util.List;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.springframework.stereotype.Component;

/**
 * Prescribers and pharmacies. A prescriber or her designee sees the prescriber she is or acts for
 * (who is her patients' prescriber), a patient her own prescriber, and nobody sees another clinic's
 * users: any other prescriber is "not found", and there is no search of practitioners. A pharmacist
 * reads no practitioner (her question is {@code $rems-etasu}). Every clinical user may read and
 * list the pharmacies.
 */
final class DirectoryProviders {
  private DirectoryProviders() {}

  /** The prescriber the caller may see, by user id; 404 for anyone else. */
  @Component
  static class Prescribers {
    private final ClinicDirectory directory;
    private final PatientAccess access;

    Prescribers(ClinicDirectory directory, PatientAccess access) {
      this.directory = directory;
      this.access = access;
    }

    ClinicDirectory.Prescriber visible(FhirCaller caller, String idPart) {
      CurrentUser user = caller.user();
      if (idPart == null || !idPart.matches("\\d{1,18}")) {
        throw new NotFoundException("practitioner");
      }
      long id = Long.parseLong(idPart);
      boolean mine =
          switch (user.role()) {
            case PRESCRIBER, DESIGNEE -> user.prescriberScope().map(s -> s == id).orElse(false);
            case PATIENT -> access.self(user, caller.facts()).prescriberId() == id;
            case PHARMACIST, ADMIN ->
                throw new ForbiddenException(
                    "a pharmacy reads no practitioner: ask POST /fhir/GuidanceResponse/$rems-etasu");
          };
      if (!mine) {
        throw new NotFoundException("practitioner");
      }
      return directory.prescriber(id).orElseThrow(() -> new NotFoundException("practitioner"));
    }
  }

  @Component
  public static class PractitionerProvider implements IResourceProvider {
    private final Prescribers prescribers;

    PractitionerProvider(Prescribers prescribers) {
      this.prescribers = prescribers;
    }

    @Override
    public Class<Practitioner> getResourceType() {
      return Practitioner.class;
    }

    @Read
    public Practitioner read(@IdParam IdType id) {
      return DirectoryResources.practitioner(
          prescribers.visible(FhirCaller.current(), id.getIdPart()));
    }
  }

  @Component
  public static class PractitionerRoleProvider implements IResourceProvider {
    private final Prescribers prescribers;

    PractitionerRoleProvider(Prescribers prescribers) {
      this.prescribers = prescribers;
    }

    @Override
    public Class<PractitionerRole> getResourceType() {
      return PractitionerRole.class;
    }

    /** The role has the prescriber's id. */
    @Read
    public PractitionerRole read(@IdParam IdType id) {
      return DirectoryResources.role(prescribers.visible(FhirCaller.current(), id.getIdPart()));
    }

    /** {@code PractitionerRole?practitioner=…}: her one role; 404 for a prescriber not hers. */
    @Search
    public List<PractitionerRole> byPractitioner(
        @RequiredParam(name = PractitionerRole.SP_PRACTITIONER) ReferenceParam practitioner) {
      return List.of(
          DirectoryResources.role(
              prescribers.visible(FhirCaller.current(), practitioner.getIdPart())));
    }
  }

  @Component
  public static class OrganizationProvider implements IResourceProvider {
    private final ClinicDirectory directory;

    OrganizationProvider(ClinicDirectory directory) {
      this.directory = directory;
    }

    @Override
    public Class<Organization> getResourceType() {
      return Organization.class;
    }

    @Read
    public Organization read(@IdParam IdType id) {
      FhirCaller.current();
      String part = id.getIdPart();
      if (part == null || !part.matches("\\d{1,18}")) {
        throw new NotFoundException("organization");
      }
      return DirectoryResources.organization(
          directory
              .pharmacy(Long.parseLong(part))
              .orElseThrow(() -> new NotFoundException("organization")));
    }

    /** {@code Organization}: every registered pharmacy. */
    @Search
    public List<Organization> all() {
      FhirCaller.current();
      return directory.pharmacies().stream().map(DirectoryResources::organization).toList();
    }
  }
}
