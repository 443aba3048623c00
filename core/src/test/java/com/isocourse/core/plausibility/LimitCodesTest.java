package com.isocourse.core.plausibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.course.DoseMissed;
import com.isocourse.core.course.PregnancyTest;
import com.isocourse.core.fixtures.DispenseBaselines;
import com.isocourse.core.selfreport.ComprehensionQuiz;
import com.isocourse.core.selfreport.Phq9Answers;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 (ADR 0018): every refusal a patient can meet names its limit by a stable code and gives
 * the values its sentence names, so a page can say the same thing in Spanish; the English reason
 * the API and clinicians read is unchanged.
 */
class LimitCodesTest {
  private static final LocalDate TODAY = DispenseBaselines.MID_COURSE;
  private static final CaseHistory HISTORY = DispenseBaselines.usPcgpMidCourse().history();

  @Test
  void datesNameTheirLimitAndTheDayThatBoundsIt() {
    var future =
        FactLimits.check(
            new PregnancyTest(TODAY.plusDays(1), PregnancyTest.Result.NEGATIVE, Optional.empty()),
            HISTORY,
            TODAY);
    assertThat(future)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.limit()).isEqualTo("after-today");
              assertThat(p.args()).containsExactly(TODAY.toString());
              assertThat(p.reason()).isEqualTo("must not be after today (" + TODAY + ")");
            });
    var old =
        FactLimits.check(
            new PregnancyTest(
                LocalDate.of(1900, 1, 1), PregnancyTest.Result.NEGATIVE, Optional.empty()),
            HISTORY,
            TODAY);
    assertThat(old)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.limit()).isEqualTo("before-birth");
              assertThat(p.args())
                  .containsExactly(HISTORY.patient().birthDate().orElseThrow().toString());
            });
  }

  @Test
  void aMissedDoseAboveWhatIsOnHandNamesTheMgOnHand() {
    var p = FactLimits.check(new DoseMissed(TODAY, 999_999), HISTORY, TODAY);
    assertThat(p)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.field()).isEqualTo("mg");
              assertThat(x.limit()).isEqualTo("more-than-on-hand");
              assertThat(x.reason())
                  .contains("must not be more than the " + x.args().get(0) + " mg");
            });
    assertThat(FactLimits.check(new DoseMissed(TODAY, 0), HISTORY, TODAY))
        .extracting(EntryProblem::limit)
        .containsExactly("more-than-zero");
  }

  @Test
  void contactsQuizPhq9AndTextNameTheirLimits() {
    assertThat(ContactLimits.check(new ContactLimits.Contact("nope", "12", "fr", "EMAIL", null)))
        .extracting(EntryProblem::limit)
        .containsExactly("email-form", "phone-form", "language");
    assertThat(ContactLimits.check(new ContactLimits.Contact(null, null, "es", "SMS", null)))
        .extracting(EntryProblem::limit)
        .containsExactly("phone-for-reminders");
    assertThat(ComprehensionQuiz.grade(Map.of("bogus", "a")).problems())
        .extracting(EntryProblem::limit)
        .contains("quiz-unknown-question", "quiz-answer-required")
        .doesNotContain(EntryProblem.INVALID);
    assertThat(Phq9Answers.problems(Arrays.asList(0, 1, 2, 3, 4, 0, 0, 0, 0)))
        .singleElement()
        .satisfies(p -> assertThat(p.limit() + " " + p.args()).isEqualTo("phq9-answer [3]"));
    assertThat(Phq9Answers.problems(List.of(1)))
        .extracting(EntryProblem::limit)
        .containsExactly("phq9-count");
    assertThat(TextLimits.problem("note", "x".repeat(TextLimits.MAX_CHARS + 1)))
        .hasValueSatisfying(
            p -> assertThat(p.limit() + " " + p.args()).isEqualTo("too-long [2000]"));
    assertThat(TextLimits.problem("a\u0000b"))
        .contains("must not contain control characters (found U+0000)");
  }

  @Test
  void aCheckWithoutItsOwnCodeSaysInvalid() {
    assertThat(new EntryProblem("x", "is odd").limit()).isEqualTo(EntryProblem.INVALID);
    assertThat(EntryProblem.of("x", "after-today", "r", LocalDate.of(2026, 1, 2), 3).args())
        .containsExactly("2026-01-02", "3");
  }
}
