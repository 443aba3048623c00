package com.isocourse.server.smart;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code system/…} scopes a machine client may hold, and which routes each opens. A scope never
 * widens access: the request must also pass every rule of the user the client acts as ({@code
 * ApiAccessRules} and the use cases' relationship checks); this only refuses, with 403, a route no
 * granted scope covers. Routes no scope names (the admin API, the patient's own API) stay closed to
 * machine clients.
 */
final class SmartScopes {
  public static final String PATIENT_READ = "system/Patient.read";
  public static final String OBSERVATION_READ = "system/Observation.read";
  public static final String OBSERVATION_WRITE = "system/Observation.write";
  public static final String MEDICATION_REQUEST_READ = "system/MedicationRequest.read";
  public static final String MEDICATION_STATEMENT_READ = "system/MedicationStatement.read";
  public static final String MEDICATION_STATEMENT_WRITE = "system/MedicationStatement.write";
  public static final String ALL_READ = "system/*.read";
  public static final String REMS_ETASU = "system/GuidanceResponse.$rems-etasu";
  public static final String CDS_HOOKS = "system/cds-hooks";
  public static final String PHARMACY_AUTHORIZE = "system/pharmacy.authorize";

  /** Every scope a client may be registered with, in the discovery document's order. */
  public static final List<String> SUPPORTED =
      List.of(
          PATIENT_READ,
          OBSERVATION_READ,
          OBSERVATION_WRITE,
          MEDICATION_REQUEST_READ,
          MEDICATION_STATEMENT_READ,
          MEDICATION_STATEMENT_WRITE,
          ALL_READ,
          REMS_ETASU,
          CDS_HOOKS,
          PHARMACY_AUTHORIZE);

  private static final Pattern PATIENT_COURSE = Pattern.compile("^/api/patients/\\d+/course$");
  private static final Pattern PATIENT_EVENTS = Pattern.compile("^/api/patients/\\d+/events$");
  private static final Pattern CDS_SERVICE = Pattern.compile("^/cds-services/[^/]+$");

  private SmartScopes() {}

  /** True when the scope is one a client may hold. */
  public static boolean isSupported(String scope) {
    return SUPPORTED.contains(scope);
  }

  /**
   * True when one of the granted scopes opens this route (method and path without the context
   * path). Public and sign-in plumbing routes need no scope.
   */
  public static boolean allows(Collection<String> granted, String method, String path) {
    if (isOpenToEveryCaller(method, path)) {
      return true;
    }
    Set<String> scopes = Set.copyOf(granted);
    boolean read = method.equals("GET") || method.equals("HEAD");
    if (path.startsWith("/api/admin") || path.startsWith("/api/me")) {
      return false;
    }
    if (read && scopes.contains(ALL_READ) && (isUnder(path, "/api") || isUnder(path, "/fhir"))) {
      return true;
    }
    if (read && scopes.contains(PATIENT_READ)) {
      if (path.equals("/api/patients")
          || PATIENT_COURSE.matcher(path).matches()
          || isUnder(path, "/fhir/Patient")) {
        return true;
      }
    }
    if (scopes.contains(PATIENT_READ) || scopes.contains(ALL_READ)) {
      // a lookup by program ID and birth date: a read, sent as POST to keep identifiers out of URLs
      if (method.equals("POST") && path.equals("/api/pharmacy/patients/lookup")) {
        return true;
      }
    }
    if (read && scopes.contains(OBSERVATION_READ)) {
      if (PATIENT_COURSE.matcher(path).matches() || isUnder(path, "/fhir/Observation")) {
        return true;
      }
    }
    if (read && scopes.contains(MEDICATION_REQUEST_READ)) {
      if (PATIENT_COURSE.matcher(path).matches() || isUnder(path, "/fhir/MedicationRequest")) {
        return true;
      }
    }
    if (read && scopes.contains(MEDICATION_STATEMENT_READ)) {
      if (PATIENT_COURSE.matcher(path).matches() || isUnder(path, "/fhir/MedicationStatement")) {
        return true;
      }
    }
    // the patient's other medications (they feed the interaction rules), over FHIR only
    if (!read
        && scopes.contains(MEDICATION_STATEMENT_WRITE)
        && method.equals("POST")
        && path.equals("/fhir/MedicationStatement")) {
      return true;
    }
    if (!read && scopes.contains(OBSERVATION_WRITE)) {
      if ((method.equals("POST") && PATIENT_EVENTS.matcher(path).matches())
          || isUnder(path, "/fhir/Observation")) {
        return true;
      }
    }
    if (scopes.contains(REMS_ETASU)
        && method.equals("POST")
        && path.equals("/fhir/GuidanceResponse/$rems-etasu")) {
      return true;
    }
    if (scopes.contains(CDS_HOOKS)
        && method.equals("POST")
        && CDS_SERVICE.matcher(path).matches()) {
      return true;
    }
    if (scopes.contains(PHARMACY_AUTHORIZE)) {
      return isUnder(path, "/api/pharmacy")
          || (method.equals("POST") && path.equals("/script/rems"));
    }
    return false;
  }

  private static boolean isOpenToEveryCaller(String method, String path) {
    return path.equals("/api/whoami")
        || path.equals("/openapi.json")
        || path.equals("/error")
        || (method.equals("GET") && path.equals("/cds-services"))
        || (method.equals("GET") && path.equals("/fhir/metadata"));
  }

  private static boolean isUnder(String path, String prefix) {
    return path.equals(prefix) || path.startsWith(prefix + "/");
  }
}
