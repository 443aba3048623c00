package com.isocourse.server.selfreport;

import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.escalation.SeverityTier;
import com.isocourse.core.escalation.Trigger;
import com.isocourse.core.labs.Analyte;
import com.isocourse.core.monitoring.DueItem;
import com.isocourse.core.reasons.ReasonCode;
import com.isocourse.core.symptoms.SymptomCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Issue 14 item 4, ADR 0018: every severity tier and every kind of escalation trigger has an
 * English and a Spanish text in the bundles; the English copies keep core's words (tier labels
 * exactly, trigger sentences in core's shape) and nothing of the English is left in the Spanish.
 */
class EscalationWordsTest {
  private static final Locale ES = Locale.of("es");
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
  private static final LocalDate REPORTED = LocalDate.of(2026, 11, 30);

  private static final ResourceBundleMessageSource MESSAGES = bundles();
  private static final EscalationWords WORDS =
      new EscalationWords(MESSAGES, (code, locale) -> "reason " + code + " in " + locale);

  private static ResourceBundleMessageSource bundles() {
    ResourceBundleMessageSource m = new ResourceBundleMessageSource();
    m.setBasename("messages");
    m.setDefaultEncoding("UTF-8");
    m.setFallbackToSystemLocale(false); // as the application (spring.messages.*)
    return m;
  }

  private String en(String key) {
    return MESSAGES.getMessage(key, null, Locale.ENGLISH);
  }

  private String es(String key) {
    return MESSAGES.getMessage(key, null, ES);
  }

  @ParameterizedTest
  @EnumSource(SeverityTier.class)
  void everyTierHasCoresLabelInEnglishAndItsOwnInSpanish(SeverityTier tier) {
    String key = "patient.escalation.tier." + tier.name();
    assertThat(en(key)).isEqualTo(tier.label()).isEqualTo(WORDS.tier(tier, Locale.ENGLISH));
    assertThat(WORDS.tier(tier, ES)).isEqualTo(es(key)).isNotBlank().isNotEqualTo(tier.label());
  }

  /** One trigger of each kind and branch, with the English key its sentence is said by. */
  record Example(Trigger trigger, String key) {
    @Override
    public String toString() {
      return trigger.words();
    }
  }

  static Stream<Example> everyKindOfTrigger() {
    return Stream.of(
        new Example(
            new Trigger.StopNowSymptom(SymptomCode.SUICIDAL_THOUGHTS, REPORTED),
            "patient.escalation.symptom"),
        new Example(
            new Trigger.PregnancyCheck(SymptomCode.MISSED_PERIOD, REPORTED),
            "patient.escalation.pregnancyCheck"),
        new Example(new Trigger.MoodScreenStop(REPORTED, 14, 2), "patient.escalation.moodSelfHarm"),
        new Example(new Trigger.MoodScreenStop(REPORTED, 22, 0), "patient.escalation.moodSevere"),
        new Example(new Trigger.PositivePregnancyTest(REPORTED), "patient.escalation.positiveTest"),
        new Example(
            new Trigger.StopLevelLab(
                Analyte.TRIGLYCERIDES, REPORTED, new BigDecimal("900.4"), Optional.empty()),
            "patient.escalation.lab"),
        new Example(
            new Trigger.StopLevelLab(
                Analyte.ALT, REPORTED, new BigDecimal("150"), Optional.of(new BigDecimal("40"))),
            "patient.escalation.labAboveLimit"),
        new Example(
            new Trigger.StopLevelLab(
                Analyte.AST, REPORTED, new BigDecimal("149.5"), Optional.empty()),
            "patient.escalation.lab"),
        new Example(
            new Trigger.Due(new DueItem("PREGNANCY_TEST", TODAY.minusDays(9)), TODAY),
            "patient.escalation.due.overdue"),
        new Example(
            new Trigger.Due(new DueItem("ALT", TODAY), TODAY), "patient.escalation.due.today"),
        new Example(
            new Trigger.Due(new DueItem("MOOD_SCREEN", TODAY.minusDays(2)), TODAY),
            "patient.escalation.due.since"),
        new Example(
            new Trigger.Due(new DueItem("TRIGLYCERIDES", TODAY.plusDays(2)), TODAY),
            "patient.escalation.due.on"));
  }

  @Test
  void theTableHasEveryKindOfTrigger() {
    Set<Class<?>> kinds = new HashSet<>();
    leaves(Trigger.class, kinds);
    Set<Class<?>> shown = new HashSet<>();
    everyKindOfTrigger().forEach(e -> shown.add(e.trigger().getClass()));
    shown.add(Trigger.Reason.class); // said by the reason's sentence: see below
    assertThat(shown).isEqualTo(kinds);
  }

  private static void leaves(Class<?> type, Set<Class<?>> out) {
    if (type.isSealed()) {
      Arrays.stream(type.getPermittedSubclasses()).forEach(c -> leaves(c, out));
    } else {
      out.add(type);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyKindOfTrigger")
  void theEnglishCopyHasCoresShape(Example e) {
    assertThat(e.trigger().words()).matches(shape(en(e.key())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyKindOfTrigger")
  void spanishSaysEveryTriggerWithNothingLeftInEnglish(Example e) {
    String es = WORDS.trigger(e.trigger(), ES);
    assertThat(es)
        .isNotBlank()
        .isNotEqualTo(e.trigger().words())
        .isNotEqualTo(WORDS.trigger(e.trigger(), Locale.ENGLISH))
        .doesNotContain("{")
        .doesNotContain("_");
    String lower = " " + es.toLowerCase(Locale.ROOT) + " ";
    for (String english :
        List.of(
            " reported ",
            " due ",
            " overdue ",
            " since ",
            " on ",
            "needed",
            "item 9",
            "upper limit",
            "pregnancy",
            "positive",
            "thoughts",
            "depression",
            "test ",
            "blood")) {
      assertThat(lower).as("English left: " + english).doesNotContain(english);
    }
    // every day core names is named, as the patient's pages print it
    Pattern.compile("\\d{4}-\\d{2}-\\d{2}")
        .matcher(e.trigger().words())
        .results()
        .forEach(day -> assertThat(es).contains(day.group()));
  }

  @Test
  void aStopNowSymptomIsToldAsThePatientsPagesNameIt() {
    assertThat(
            WORDS.trigger(new Trigger.StopNowSymptom(SymptomCode.SUICIDAL_THOUGHTS, REPORTED), ES))
        .isEqualTo(
            "Usted informó el 2026-11-30: "
                + es("patient.symptom." + SymptomCode.SUICIDAL_THOUGHTS.code()));
    assertThat(
            WORDS.trigger(
                new Trigger.StopLevelLab(
                    Analyte.ALT,
                    REPORTED,
                    new BigDecimal("150"),
                    Optional.of(new BigDecimal("40"))),
                ES))
        .isEqualTo(
            "ALT (transaminasa): 150 U/L en su análisis del 2026-11-30 (límite superior 40 U/L)");
  }

  @ParameterizedTest
  @EnumSource(ReasonCode.class)
  void aBlockingReasonIsTheSentenceThePatientIsToldOfIt(ReasonCode code) {
    assertThat(WORDS.trigger(new Trigger.Reason(code), ES)).isEqualTo("reason " + code + " in es");
  }

  @ParameterizedTest
  @EnumSource(Analyte.class)
  void everyAnalyteHasANameInBothLanguages(Analyte a) {
    String key = "patient.escalation.lab." + a.name();
    assertThat(en(key)).isNotBlank();
    assertThat(es(key)).isNotBlank().isNotEqualTo(en(key));
  }

  @Test
  void aScheduleItemWithoutANameIsStillSaidInSpanish() {
    assertThat(WORDS.trigger(new Trigger.Due(new DueItem("SOMETHING_NEW", TODAY), TODAY), ES))
        .isEqualTo("Una tarea de su calendario: para hoy");
  }

  /** A pattern as a regular expression: its arguments any text, the rest literal. */
  private static String shape(String pattern) {
    String[] parts = pattern.split("\\{\\d\\}", -1);
    StringBuilder regex = new StringBuilder(Pattern.quote(parts[0]));
    for (int i = 1; i < parts.length; i++) {
      regex.append(".+").append(Pattern.quote(parts[i]));
    }
    return regex.toString();
  }
}
