package com.isocourse.core.plausibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.course.CapsulesReturned;
import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.course.CourseEvent;
import com.isocourse.core.course.DoseMissed;
import com.isocourse.core.course.LabResult;
import com.isocourse.core.course.MoodScreen;
import com.isocourse.core.course.PregnancyTest;
import com.isocourse.core.fixtures.DispenseBaselines;
import com.isocourse.core.labs.LabUnit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Plausible facts (issue 11): dates, PHQ-9 items, mg not taken, lab ranges. The history is the US
 * mid-course baseline: two 30-day fills of 60 mg/day = 3,600 mg dispensed, patient enrolled
 * 2026-11-20 (see DispenseBaselines), today 2027-03-05.
 */
class FactLimitsTest {
  private static final LocalDate TODAY = DispenseBaselines.MID_COURSE;
  private static final CaseHistory HISTORY = DispenseBaselines.usPcgpMidCourse().history();

  private static List<EntryProblem> check(CourseEvent e) {
    return FactLimits.check(e, HISTORY, TODAY);
  }

  private static PregnancyTest test(LocalDate d) {
    return new PregnancyTest(
        d, PregnancyTest.Result.NEGATIVE, Optional.of(PregnancyTest.Setting.LAB));
  }

  @Test
  void datesBetweenBirthEnrollmentAndToday() {
    LocalDate enrolled = HISTORY.patient().enrolledOn().orElseThrow();
    assertThat(check(test(TODAY))).isEmpty();
    assertThat(check(test(TODAY.plusDays(1))))
        .extracting(EntryProblem::field)
        .containsExactly("date");
    assertThat(check(test(enrolled.minusDays(90)))).isEmpty();
    assertThat(check(test(enrolled.minusDays(91))))
        .extracting(EntryProblem::field)
        .containsExactly("date");
    assertThat(check(test(LocalDate.of(1900, 1, 1))))
        .extracting(EntryProblem::reason)
        .anyMatch(r -> r.contains("birth date"));
  }

  @ParameterizedTest(name = "PHQ-9 total {0}, item 9 = {1}: plausible {2}")
  @CsvSource({
    "0, 0, true",
    "2, 2, true",
    "1, 2, false",
    "27, 3, true",
    "25, 0, false",
    "24, 0, true"
  })
  void phq9ItemNineIsPartOfTheTotal(int total, int item9, boolean plausible) {
    var screen = new MoodScreen(TODAY, MoodScreen.Instrument.PHQ9, total, Optional.of(item9));

    assertThat(check(screen).isEmpty()).isEqualTo(plausible);
  }

  @ParameterizedTest(name = "{0} mg not taken: plausible {1}")
  @CsvSource({
    "0, false",
    "0.5, true",
    "3600, true",
    "3600.5, false",
    "9999, false",
    "1e308, false"
  })
  void neverMoreNotTakenThanDispensed(double mg, boolean plausible) {
    assertThat(check(new DoseMissed(TODAY, mg)).isEmpty()).isEqualTo(plausible);
    assertThat(check(new CapsulesReturned(TODAY, mg)).isEmpty()).isEqualTo(plausible);
  }

  @Test
  void earlierReturnsReduceWhatCanStillBeReturned() {
    CaseHistory h = HISTORY.with(new CapsulesReturned(TODAY.minusDays(1), 3000));

    assertThat(FactLimits.check(new DoseMissed(TODAY, 600), h, TODAY)).isEmpty();
    assertThat(FactLimits.check(new DoseMissed(TODAY, 601), h, TODAY)).hasSize(1);
  }

  @ParameterizedTest(name = "triglycerides {0} {1}: plausible {2}")
  @CsvSource({
    "100000, mg/dL, true",
    "100001, mg/dL, false",
    "1129.9, mmol/L, true",
    "1130, mmol/L, false"
  })
  void labValuesWithinASurvivableRange(double value, String unit, boolean plausible) {
    var lab =
        new LabResult(
            TODAY, "2571-8", value, LabUnit.fromCode(unit).orElseThrow(), Optional.empty());

    assertThat(check(lab).isEmpty()).isEqualTo(plausible);
  }
}
