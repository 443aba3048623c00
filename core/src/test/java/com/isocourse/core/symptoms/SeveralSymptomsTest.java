package com.isocourse.core.symptoms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Several symptoms in one report (rules.md §6): the most urgent answer comes first. */
class SeveralSymptomsTest {
  private static List<SymptomCode> order(SymptomCode... codes) {
    return SymptomTriage.mostUrgentFirst(List.of(codes)).stream().map(TriageAnswer::code).toList();
  }

  @Test
  void stopNowBeforeCallBeforeSelfCare() {
    assertThat(order(SymptomCode.DRY_LIPS, SymptomCode.INSOMNIA, SymptomCode.VISION_CHANGE))
        .containsExactly(SymptomCode.VISION_CHANGE, SymptomCode.INSOMNIA, SymptomCode.DRY_LIPS);
  }

  @Test
  void crisisFirstAmongStopNowAndEmergencyContraceptionFirstAmongCalls() {
    assertThat(order(SymptomCode.JAUNDICE, SymptomCode.SUICIDAL_THOUGHTS))
        .containsExactly(SymptomCode.SUICIDAL_THOUGHTS, SymptomCode.JAUNDICE);
    assertThat(
            order(
                SymptomCode.INSOMNIA, SymptomCode.MISSED_PERIOD, SymptomCode.CONTRACEPTION_FAILURE))
        .containsExactly(
            SymptomCode.CONTRACEPTION_FAILURE, SymptomCode.MISSED_PERIOD, SymptomCode.INSOMNIA);
  }

  @Test
  void eachCodeOnceAndNothingForNothing() {
    assertThat(order(SymptomCode.DRY_LIPS, SymptomCode.DRY_LIPS))
        .containsExactly(SymptomCode.DRY_LIPS);
    assertThat(SymptomTriage.mostUrgentFirst(List.of())).isEmpty();
  }

  /** Property: whatever order they are ticked in, the first answer is the most urgent level. */
  @RepeatedTest(50)
  void theFirstAnswerIsNeverLessUrgentThanAnyOther() {
    Random r = new Random();
    List<SymptomCode> all = new ArrayList<>(List.of(SymptomCode.values()));
    Collections.shuffle(all, r);
    List<SymptomCode> picked = all.subList(0, 1 + r.nextInt(5));
    List<TriageAnswer> answers = SymptomTriage.mostUrgentFirst(picked);
    assertThat(answers).hasSize(picked.size());
    for (TriageAnswer a : answers) {
      assertThat(answers.get(0).level().compareTo(a.level())).isGreaterThanOrEqualTo(0);
    }
    if (picked.contains(SymptomCode.SUICIDAL_THOUGHTS)) {
      assertThat(answers.get(0).code()).isEqualTo(SymptomCode.SUICIDAL_THOUGHTS);
    }
  }
}
