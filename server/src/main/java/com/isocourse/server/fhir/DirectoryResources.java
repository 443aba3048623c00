package com.isocourse.server.fhir;

import com.isocourse.server.admin.ClinicDirectory.Pharmacy;
import com.isocourse.server.admin.ClinicDirectory.Prescriber;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;

/**
 * Prescribers as Practitioner and PractitionerRole (the role active only while she is certified,
 * ALL-CERT), pharmacies as Organization. Names and status only: no username, no credential.
 */
final class DirectoryResources {
  private DirectoryResources() {}

  /** The program's roles: a REMS-certified isotretinoin prescriber. */
  static final String REMS_ROLE = "https://isocourse.example/rems-role";

  /** The program's pharmacy ids (as the REST API's pharmacy authorizations name them). */
  static final String PHARMACY_ID = "https://isocourse.example/pharmacy-id";

  static Practitioner practitioner(Prescriber p) {
    Practitioner r = new Practitioner();
    r.setId(String.valueOf(p.id()));
    r.setActive(p.active());
    r.addName().setText(p.displayName());
    return r;
  }

  static PractitionerRole role(Prescriber p) {
    PractitionerRole r = new PractitionerRole();
    r.setId(String.valueOf(p.id()));
    r.setActive(p.active() && p.certified());
    r.setPractitioner(new Reference("Practitioner/" + p.id()).setDisplay(p.displayName()));
    r.addCode()
        .setText("isotretinoin prescriber (REMS)")
        .addCoding()
        .setSystem(REMS_ROLE)
        .setCode(p.certified() ? "certified-prescriber" : "prescriber")
        .setDisplay(p.certified() ? "Certified prescriber" : "Prescriber, not certified");
    if (p.certifiedOn() != null) {
      r.setPeriod(new Period().setStartElement(new DateTimeType(p.certifiedOn().toString())));
    }
    return r;
  }

  static Organization organization(Pharmacy p) {
    Organization o = new Organization();
    o.setId(String.valueOf(p.id()));
    o.addIdentifier().setSystem(PHARMACY_ID).setValue(String.valueOf(p.id()));
    o.setActive(p.active());
    o.setName(p.name());
    o.addType().setText("pharmacy");
    return o;
  }
}
