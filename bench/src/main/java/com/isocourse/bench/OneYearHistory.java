package com.isocourse.bench;

import com.isocourse.core.authorization.DispenseRequest;
import com.isocourse.core.course.*;
import com.isocourse.core.labs.LabUnit;
import com.isocourse.core.symptoms.SymptomCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A realistic one-year course history of a patient who can get pregnant (US, conventional
 * capsules): twelve monthly cycles of weight, pregnancy test, contraception, comprehension,
 * counseling, mood screen, prescription, dispense, labs and the odd symptom or medication — about
 * 150 events. The last cycle's prescription is open, so the decision runs every rule to the end.
 */
public final class OneYearHistory {
  /** The first dose of the generated course. */
  public static final LocalDate FIRST_DOSE = LocalDate.of(2025, 12, 1);

  private OneYearHistory() {}

  public static CaseHistory build() {
    List<CourseEvent> events = new ArrayList<>();
    LocalDate enrolled = FIRST_DOSE.minusDays(40);
    events.add(
        new PregnancyTest(
            enrolled, PregnancyTest.Result.NEGATIVE, Optional.of(PregnancyTest.Setting.CLINIC)));
    events.add(new CounselingConfirmed(enrolled));
    for (int month = 0; month < 12; month++) {
      LocalDate visit = FIRST_DOSE.plusDays(30L * month).minusDays(3);
      String rx = "rx-" + (month + 1);
      events.add(new WeightMeasured(visit, new BodyWeight(60 + month * 0.2)));
      events.add(
          new PregnancyTest(
              visit, PregnancyTest.Result.NEGATIVE, Optional.of(PregnancyTest.Setting.LAB)));
      events.add(
          new ContraceptionRecord(
              visit,
              List.of(ContraceptionMethod.IUD, ContraceptionMethod.MALE_CONDOM),
              false,
              enrolled.minusDays(60)));
      events.add(new ComprehensionCompleted(visit, true));
      events.add(new CounselingConfirmed(visit));
      events.add(new MoodScreen(visit, MoodScreen.Instrument.PHQ9, 3 + month % 4, Optional.of(0)));
      events.add(
          new LabResult(visit, "1742-6", 20 + month, LabUnit.UNITS_PER_L, Optional.of(40.0)));
      events.add(
          new LabResult(visit, "2571-8", 110 + 5 * month, LabUnit.MG_PER_DL, Optional.empty()));
      events.add(new LabResult(visit, "2093-3", 180 + month, LabUnit.MG_PER_DL, Optional.empty()));
      events.add(
          new Prescription(
              visit,
              rx,
              Optional.of(Formulation.CONVENTIONAL),
              List.of(new PrescribedCapsule(40, 1, 0), new PrescribedCapsule(20, 0, 1)),
              30,
              0,
              false));
      if (month < 11) {
        events.add(
            new Dispense(
                visit.plusDays(2),
                rx,
                List.of(
                    new DispensedCapsules(40, 30, Optional.of(Formulation.CONVENTIONAL)),
                    new DispensedCapsules(20, 30, Optional.of(Formulation.CONVENTIONAL)))));
        events.add(new DoseMissed(visit.plusDays(10), 60));
      }
      if (month % 3 == 1) {
        events.add(new SymptomReport(visit.plusDays(5), SymptomCode.DRY_LIPS, Optional.empty()));
      }
      if (month % 4 == 2) {
        events.add(
            new MedicationRecord(
                visit,
                "Ibuprofen 200 mg",
                Optional.empty(),
                Optional.of("oral"),
                visit,
                Optional.of(visit.plusDays(10))));
      }
    }
    events.add(
        new PrescriberReview(FIRST_DOSE.plusDays(100), Set.of(), Optional.of("Routine review")));
    Patient patient =
        new Patient(
            Optional.of(LocalDate.of(2003, 5, 4)),
            Optional.of(RiskCategory.CAN_GET_PREGNANT),
            Optional.of(enrolled),
            false);
    Course course =
        new Course(
            Optional.of(Formulation.CONVENTIONAL),
            Optional.of(FIRST_DOSE),
            Optional.of(135.0),
            Optional.empty());
    return new CaseHistory(
        Jurisdiction.US, patient, Optional.of(true), Optional.of(true), course, events);
  }

  /** The request for the open twelfth prescription, two days after its visit. */
  public static DispenseRequest request() {
    return new DispenseRequest(
        "rx-12", FIRST_DOSE.plusDays(30L * 11).minusDays(1), Optional.empty());
  }
}
