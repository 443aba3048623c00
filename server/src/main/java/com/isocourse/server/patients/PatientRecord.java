package com.isocourse.server.patients;

import java.time.LocalDate;

/** A stored patient: identity, program facts and the responsible prescriber. */
public record PatientRecord(
    long id,
    String programId,
    String displayName,
    LocalDate birthDate,
    String jurisdiction,
    String riskCategory,
    LocalDate enrolledOn,
    boolean homeTestingAllowed,
    long prescriberId) {}
