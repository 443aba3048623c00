package com.isocourse.server.archfixtures.layers.platform.audit;

import com.isocourse.server.archfixtures.layers.worklist.PlantedWorklist;

/** Planted: a platform class reaching up into a capability. */
public final class PlantedAudit {
  private PlantedAudit() {}

  public static int patientsOnTheWorklist() {
    return PlantedWorklist.size();
  }
}
