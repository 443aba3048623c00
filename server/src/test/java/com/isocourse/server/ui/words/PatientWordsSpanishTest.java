package com.isocourse.server.ui.words;

import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.reasons.ReasonCode;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Issue 14 §4: every reason told to a Spanish-reading patient in Spanish, as "usted". */
class PatientWordsSpanishTest {
  private static final Locale ES = Locale.of("es");

  @ParameterizedTest
  @EnumSource(ReasonCode.class)
  void everyReasonIsToldInSpanishWithTheSameActor(ReasonCode code) {
    PatientWords.Told es = PatientWords.tell(code, ES);
    PatientWords.Told en = PatientWords.tell(code, Locale.ENGLISH);
    assertThat(es.sentence()).isNotBlank().endsWith(".").isNotEqualTo(en.sentence());
    assertThat(es.sentence()).doesNotContain(code.name()).doesNotContain("_");
    String lower = " " + es.sentence().toLowerCase(Locale.ROOT) + " ";
    assertThat(lower)
        .as("plain words to the patient, never about them, never in the familiar form")
        .doesNotContain("el paciente")
        .doesNotContain("la paciente")
        .doesNotContain(" tú ")
        .doesNotContain(" tu ")
        .doesNotContain(" tienes ")
        .doesNotContain(" necesitas ");
    assertThat(es.whoActs()).isIn("Usted", "Su médico", "Su farmacia", "La oficina del programa");
    assertThat(es.yours()).isEqualTo(en.yours());
    assertThat(es.whoActs().equals("Usted")).isEqualTo(en.whoActs().equals("You"));
  }

  @ParameterizedTest
  @EnumSource(ReasonCode.class)
  void twoReasonsShareASpanishSentenceOnlyWhenTheyShareTheEnglishOne(ReasonCode code) {
    for (ReasonCode other : ReasonCode.values()) {
      boolean sameEs =
          PatientWords.tell(code, ES).sentence().equals(PatientWords.tell(other, ES).sentence());
      boolean sameEn =
          PatientWords.tell(code, Locale.ENGLISH)
              .sentence()
              .equals(PatientWords.tell(other, Locale.ENGLISH).sentence());
      assertThat(sameEs).as(code + " and " + other).isEqualTo(sameEn);
    }
  }

  @Test
  void anyOtherLanguageReadsEnglish() {
    assertThat(PatientWords.tell(ReasonCode.PREGNANCY_TEST_MISSING, Locale.FRENCH).sentence())
        .isEqualTo("You need a negative pregnancy test before your next pickup.");
    assertThat(PatientWords.tell(ReasonCode.PREGNANCY_TEST_MISSING, Locale.of("es", "MX")))
        .isEqualTo(
            new PatientWords.Told(
                "Necesita una prueba de embarazo negativa antes de recoger el medicamento.",
                "Usted",
                true));
    assertThat(PatientWords.tell(ReasonCode.COUNSELING_NOT_CONFIRMED, ES).whoActs())
        .isEqualTo("Su médico");
  }
}
