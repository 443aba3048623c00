package com.isocourse.core.symptoms;

import static com.isocourse.core.symptoms.TriageLevel.CALL_PRESCRIBER;
import static com.isocourse.core.symptoms.TriageLevel.SELF_CARE;
import static com.isocourse.core.symptoms.TriageLevel.STOP_NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Symptom triage answers for every code of rules.md §6. */
class SymptomTriageTest {

  record Expected(
      SymptomCode code, TriageLevel level, boolean pregnancyTestNow, boolean crisisResources) {
    @Override
    public String toString() {
      return code.code() + " → " + level.code();
    }
  }

  static Expected expect(SymptomCode code, TriageLevel level) {
    return new Expected(code, level, false, false);
  }

  static Stream<Expected> everyCode() {
    return Stream.of(
        expect(SymptomCode.DRY_LIPS, SELF_CARE),
        expect(SymptomCode.DRY_SKIN, SELF_CARE),
        expect(SymptomCode.DRY_EYES, SELF_CARE),
        expect(SymptomCode.NOSEBLEED, SELF_CARE),
        expect(SymptomCode.SUN_SENSITIVITY, SELF_CARE),
        expect(SymptomCode.MILD_JOINT_PAIN, SELF_CARE),
        expect(SymptomCode.HAIR_THINNING, SELF_CARE),
        expect(SymptomCode.INITIAL_FLARE, SELF_CARE),
        expect(SymptomCode.MILD_HEADACHE, SELF_CARE),
        expect(SymptomCode.PERSISTENT_EYE_IRRITATION, CALL_PRESCRIBER),
        expect(SymptomCode.SKIN_INFECTION, CALL_PRESCRIBER),
        expect(SymptomCode.WORSENING_BACK_PAIN, CALL_PRESCRIBER),
        expect(SymptomCode.EXCESSIVE_THIRST, CALL_PRESCRIBER),
        expect(SymptomCode.MOOD_CHANGE, CALL_PRESCRIBER),
        expect(SymptomCode.INSOMNIA, CALL_PRESCRIBER),
        expect(SymptomCode.PAINFUL_SWALLOWING, CALL_PRESCRIBER),
        new Expected(SymptomCode.MISSED_PERIOD, CALL_PRESCRIBER, true, false),
        new Expected(SymptomCode.CONTRACEPTION_FAILURE, CALL_PRESCRIBER, true, false),
        expect(SymptomCode.VISION_CHANGE, STOP_NOW),
        expect(SymptomCode.SEVERE_HEADACHE_NAUSEA, STOP_NOW),
        expect(SymptomCode.SEVERE_ABDOMINAL_PAIN, STOP_NOW),
        expect(SymptomCode.JAUNDICE, STOP_NOW),
        new Expected(SymptomCode.SUICIDAL_THOUGHTS, STOP_NOW, false, true),
        expect(SymptomCode.BLOODY_STOOL, STOP_NOW),
        expect(SymptomCode.SEVERE_RASH_BLISTERS, STOP_NOW),
        expect(SymptomCode.HEARING_LOSS, STOP_NOW),
        expect(SymptomCode.TINNITUS, STOP_NOW),
        expect(SymptomCode.CHEST_PAIN, STOP_NOW),
        expect(SymptomCode.SEIZURE, STOP_NOW),
        expect(SymptomCode.ALLERGIC_SWELLING, STOP_NOW),
        new Expected(SymptomCode.PREGNANCY, STOP_NOW, true, false));
  }

  @Test
  void theTableCoversEverySymptomCode() {
    assertThat(everyCode().map(Expected::code)).containsExactlyInAnyOrder(SymptomCode.values());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyCode")
  void answersWithTheLevelAndFlagsOfTheCode(Expected e) {
    TriageAnswer answer = SymptomTriage.triage(e.code());
    assertThat(answer.code()).isEqualTo(e.code());
    assertThat(answer.level()).isEqualTo(e.level());
    assertThat(answer.askForPregnancyTestNow()).isEqualTo(e.pregnancyTestNow());
    assertThat(answer.showCrisisResources()).isEqualTo(e.crisisResources());
    assertThat(answer.advice()).isNotBlank();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(SymptomCode.class)
  void stopNowAdviceSaysToStopIsotretinoin(SymptomCode code) {
    String advice = SymptomTriage.triage(code).advice();
    if (code.level() == STOP_NOW) {
      assertThat(advice).containsIgnoringCase("stop taking isotretinoin");
    } else if (code.level() == SELF_CARE) {
      assertThat(advice).contains("next visit");
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = SymptomCode.class,
      names = {
        "PERSISTENT_EYE_IRRITATION",
        "SKIN_INFECTION",
        "WORSENING_BACK_PAIN",
        "EXCESSIVE_THIRST",
        "MOOD_CHANGE",
        "INSOMNIA",
        "PAINFUL_SWALLOWING"
      })
  void callPrescriberAdviceAsksToContactThePrescriberSoon(SymptomCode code) {
    assertThat(SymptomTriage.triage(code).advice()).contains("contact your prescriber soon");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = SymptomCode.class,
      names = {"MISSED_PERIOD", "CONTRACEPTION_FAILURE", "PREGNANCY"})
  void pregnancyRelatedAdviceSaysToStopAndTestNow(SymptomCode code) {
    assertThat(SymptomTriage.triage(code).advice())
        .contains("Stop taking isotretinoin")
        .contains("pregnancy test now");
  }

  @Test
  void suicidalThoughtsLeadWithCrisisResources() {
    String advice = SymptomTriage.triage(SymptomCode.SUICIDAL_THOUGHTS).advice();
    assertThat(advice).contains("call or text 988").contains("emergency number");
    assertThat(advice.indexOf("988")).isLessThan(advice.indexOf("Stop taking isotretinoin"));
  }

  @Test
  void contraceptionFailureLeadsWithEmergencyContraceptionThenTheTest() {
    TriageAnswer answer = SymptomTriage.triage(SymptomCode.CONTRACEPTION_FAILURE);
    assertThat(answer.showEmergencyContraception()).isTrue();
    String advice = answer.advice();
    assertThat(advice).contains("72 hours").contains("120 hours");
    assertThat(advice.indexOf("Emergency contraception"))
        .isLessThan(advice.indexOf("pregnancy test now"));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = SymptomCode.class,
      names = {"CONTRACEPTION_FAILURE"},
      mode = EnumSource.Mode.EXCLUDE)
  void onlyContraceptionFailureShowsEmergencyContraception(SymptomCode code) {
    assertThat(SymptomTriage.triage(code).showEmergencyContraception()).isFalse();
  }

  @Test
  void dryLipsAdviceIsLipBalm() {
    assertThat(SymptomTriage.triage(SymptomCode.DRY_LIPS).advice()).contains("lip balm");
  }
}
