package com.isocourse.server.archfixtures.layers.platform.audit;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** Planted: the former static side channel, storing an audit fact in the current request. */
public final class PlantedPatientTouched {
  private PlantedPatientTouched() {}

  public static void patient(long patientId) {
    RequestAttributes attrs = RequestContextHolder.getRequestAttributes();
    if (attrs != null) {
      attrs.setAttribute("patient", patientId, RequestAttributes.SCOPE_REQUEST);
    }
  }
}
