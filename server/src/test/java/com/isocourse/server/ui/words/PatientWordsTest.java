package com.isocourse.server.ui.words;

import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.reasons.ReasonCode;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Issue 14 §4: every reason told to the patient in the second person, without codes. */
class PatientWordsTest {
  @ParameterizedTest
  @EnumSource(ReasonCode.class)
  void everyReasonIsToldInPlainSecondPersonWords(ReasonCode code) {
    PatientWords.Told t = PatientWords.tell(code);
    assertThat(t.sentence()).isNotBlank().endsWith(".");
    assertThat(t.sentence().toLowerCase(Locale.ROOT))
        .doesNotContain("the patient")
        .doesNotContain("patient's");
    assertThat(t.sentence()).doesNotContain(code.name()).doesNotContain("_");
    assertThat(t.whoActs()).isIn("You", "Your prescriber", "Your pharmacy", "The program office");
  }

  @Test
  void theActorIsTheOneClinciansSee() {
    assertThat(PatientWords.tell(ReasonCode.PREGNANCY_TEST_MISSING).whoActs()).isEqualTo("You");
    assertThat(PatientWords.tell(ReasonCode.PREGNANCY_TEST_MISSING).yours()).isTrue();
    assertThat(PatientWords.tell(ReasonCode.COUNSELING_NOT_CONFIRMED).whoActs())
        .isEqualTo("Your prescriber");
    assertThat(PatientWords.tell(ReasonCode.PHARMACY_NOT_ACTIVE).whoActs())
        .isEqualTo("Your pharmacy");
  }
}
