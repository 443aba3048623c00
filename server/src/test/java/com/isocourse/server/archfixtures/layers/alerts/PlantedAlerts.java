package com.isocourse.server.archfixtures.layers.alerts;

import com.isocourse.server.archfixtures.layers.platform.audit.PlantedPatientTouched;

/** Planted: a use case noting its audit fact through a side channel instead of a parameter. */
public final class PlantedAlerts {
  private PlantedAlerts() {}

  public static void acknowledge(long patientId) {
    PlantedPatientTouched.patient(patientId);
  }
}
