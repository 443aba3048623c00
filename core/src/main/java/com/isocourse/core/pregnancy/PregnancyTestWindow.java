package com.isocourse.core.pregnancy;

import static com.isocourse.core.reasons.ReasonCode.LOCKOUT_19_DAY;
import static com.isocourse.core.reasons.ReasonCode.PREGNANCY_TEST_MISSING;
import static com.isocourse.core.reasons.ReasonCode.PREGNANCY_TEST_OUTSIDE_WINDOW;
import static com.isocourse.core.reasons.ReasonCode.PREGNANCY_TEST_SETTING_NOT_ALLOWED;

import com.isocourse.core.course.PregnancyTest;
import com.isocourse.core.reasons.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The iPLEDGE 7-day window (US26-WINDOW, US26-HOME, US26-NOLOCK; §3.5 for 2021): a negative test
 * with specimen date S opens dates S … S+6 inclusive. Only tests whose setting counts can open it.
 */
public final class PregnancyTestWindow {
  /** Window length in days, counting the specimen date as day 1. */
  public static final int WINDOW_DAYS = 7;

  private PregnancyTestWindow() {}

  /** The last day a test collected on {@code specimen} allows dispensing: S + 6. */
  public static LocalDate lastDay(LocalDate specimen) {
    return specimen.plusDays(WINDOW_DAYS - 1);
  }

  /**
   * Whether a test's setting counts under us-ipledge-2026 (US26-HOME): a medical test always; a
   * home test only after the first dose (strictly after its date, ADR 0002 #1) and only when the
   * prescriber allowed home testing.
   */
  public static boolean counts2026(
      PregnancyTest t, Optional<LocalDate> firstDose, boolean homeTestingAllowed) {
    return t.inMedicalSetting()
        || (homeTestingAllowed
            && t.setting().filter(s -> s == PregnancyTest.Setting.HOME).isPresent()
            && firstDose.filter(f -> t.date().isAfter(f)).isPresent());
  }

  /**
   * Whether a test's setting counts for the window under us-ipledge-2021 (§3.5): clinic or lab, and
   * a test dated on or before the first dose (or while the course has not started) only in a lab.
   */
  public static boolean counts2021(PregnancyTest t, Optional<LocalDate> firstDose) {
    boolean beforeFirstDose = firstDose.map(f -> !t.date().isAfter(f)).orElse(true);
    return t.inMedicalSetting()
        && (!beforeFirstDose
            || t.setting().filter(s -> s == PregnancyTest.Setting.LAB).isPresent());
  }

  /**
   * us-ipledge-2026: medical tests always count; a home test counts only after the first dose and
   * only when the prescriber allowed home testing (US26-HOME). No lockout (US26-NOLOCK).
   *
   * @param negatives negative tests dated on or before the request, oldest first
   */
  public static WindowCheck us2026(
      List<PregnancyTest> negatives,
      LocalDate request,
      Optional<LocalDate> firstDose,
      boolean homeTestingAllowed) {
    String why =
        homeTestingAllowed
            ? "a home test counts only after the first dose"
            : "the prescriber has not allowed home testing for this patient";
    return judge(
        negatives,
        request,
        t -> counts2026(t, firstDose, homeTestingAllowed),
        why,
        "US26-WINDOW",
        "US26-HOME");
  }

  /**
   * us-ipledge-2021 (§3.5): tests count only in a clinic or lab; before the first dose the test
   * that opens the window must be in a lab; on the first dispense a test collected after the
   * previous test's window closed but fewer than 19 days after it opens no window (LOCKOUT_19_DAY,
   * not also PREGNANCY_TEST_OUTSIDE_WINDOW). The setting of the latest test is judged in every
   * case: a lockout does not hide PREGNANCY_TEST_SETTING_NOT_ALLOWED (§3: every blocking reason).
   */
  public static WindowCheck us2021(
      List<PregnancyTest> negatives,
      LocalDate request,
      Optional<LocalDate> firstDose,
      boolean firstDispense) {
    WindowCheck judged =
        judge(
            negatives,
            request,
            t -> counts2021(t, firstDose),
            "under iPLEDGE 2021 only clinic or lab tests count, and before the first dose only a"
                + " lab test",
            "US21-WINDOW",
            "US21-SETTING");
    Optional<Finding> lockout = firstDispense ? lockout(negatives) : Optional.empty();
    if (lockout.isEmpty()) {
      return judged;
    }
    List<Finding> reasons = new ArrayList<>(lockout.stream().toList());
    judged.reasons().stream()
        .filter(r -> r.code() == PREGNANCY_TEST_SETTING_NOT_ALLOWED)
        .forEach(reasons::add);
    return new WindowCheck(reasons, Optional.empty());
  }

  /**
   * The 19-day lockout (§3.5), read on the distinct collection dates of the clinic and lab negative
   * tests (ADR 0002 #4): the latest date T and the one before it P; T > P+6 and T < P+19 locks out.
   * Two tests of one date are one date here, so a same-day repeat never hides the earlier test.
   */
  static Optional<Finding> lockout(List<PregnancyTest> negatives) {
    List<LocalDate> dates =
        negatives.stream()
            .filter(PregnancyTest::inMedicalSetting)
            .map(PregnancyTest::date)
            .distinct()
            .sorted()
            .toList();
    if (dates.size() < 2) {
      return Optional.empty();
    }
    LocalDate t = dates.get(dates.size() - 1);
    LocalDate p = dates.get(dates.size() - 2);
    if (t.isAfter(lastDay(p)) && t.isBefore(p.plusDays(19))) {
      return Optional.of(
          Finding.of(
              LOCKOUT_19_DAY,
              "US21-LOCKOUT",
              "The test of "
                  + t
                  + " was collected after the window of the "
                  + p
                  + " test had closed but within 19 days of it, so it opens no window; a new"
                  + " lab test on or after "
                  + p.plusDays(19)
                  + " is needed."));
    }
    return Optional.empty();
  }

  private static WindowCheck judge(
      List<PregnancyTest> negatives,
      LocalDate request,
      Predicate<PregnancyTest> counts,
      String settingRule,
      String windowRule,
      String settingRuleId) {
    List<Finding> reasons = new ArrayList<>();
    if (negatives.isEmpty()) {
      reasons.add(
          Finding.of(
              PREGNANCY_TEST_MISSING,
              windowRule,
              "No negative pregnancy test is on file; the patient needs a negative test collected"
                  + " within the 7 days before dispensing."));
      return new WindowCheck(reasons, Optional.empty());
    }
    // Of the latest date's tests, one whose setting does not count raises the code even when a
    // counting test shares its date (rules.md §3, worst record wins).
    LocalDate latestDate = negatives.get(negatives.size() - 1).date();
    Optional<PregnancyTest> notCounting =
        negatives.stream().filter(t -> t.date().equals(latestDate) && !counts.test(t)).findFirst();
    if (notCounting.isPresent()) {
      PregnancyTest latest = notCounting.get();
      reasons.add(
          Finding.of(
              PREGNANCY_TEST_SETTING_NOT_ALLOWED,
              settingRuleId,
              "The test of "
                  + latest.date()
                  + " ("
                  + latest
                      .setting()
                      .map(s -> s.name().toLowerCase(java.util.Locale.ROOT))
                      .orElse("setting not recorded")
                  + ") does not count: "
                  + settingRule
                  + ". The patient needs a test in an allowed setting."));
    }
    Optional<PregnancyTest> opening = negatives.stream().filter(counts).reduce((a, b) -> b);
    if (opening.isEmpty()) {
      reasons.add(
          Finding.of(
              PREGNANCY_TEST_MISSING,
              windowRule,
              "No negative pregnancy test in an allowed setting is on file; the patient needs one"
                  + " collected within the 7 days before dispensing."));
    } else if (request.isAfter(lastDay(opening.get().date()))) {
      reasons.add(
          Finding.of(
              PREGNANCY_TEST_OUTSIDE_WINDOW,
              windowRule,
              "The pregnancy test of "
                  + opening.get().date()
                  + " opened a window that closed on "
                  + lastDay(opening.get().date())
                  + "; a new negative test is needed."));
    }
    return new WindowCheck(reasons, reasons.isEmpty() ? opening : Optional.empty());
  }
}
