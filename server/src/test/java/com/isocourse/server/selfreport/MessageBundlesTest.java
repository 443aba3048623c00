package com.isocourse.server.selfreport;

import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.plausibility.ContactLimits;
import com.isocourse.core.plausibility.EntryProblem;
import com.isocourse.core.plausibility.TextLimits;
import com.isocourse.core.selfreport.ComprehensionQuiz;
import com.isocourse.core.selfreport.Phq9Answers;
import com.isocourse.core.symptoms.SymptomCode;
import com.isocourse.core.symptoms.SymptomTriage;
import com.isocourse.server.ui.words.Labels;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The English and Spanish bundles (issue 14 §4): the same keys both ways, no empty text, every
 * pattern valid, and the English copies of texts that also live in code (quiz, symptoms, PHQ-9)
 * word for word the same, so the pages and the API never disagree.
 */
class MessageBundlesTest {
  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (var in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void everyEnglishKeyHasASpanishTextAndViceVersa() throws IOException {
    Properties en = load("messages.properties");
    Properties es = load("messages_es.properties");
    var missingInSpanish = new TreeSet<>(en.stringPropertyNames());
    missingInSpanish.removeAll(es.stringPropertyNames());
    var missingInEnglish = new TreeSet<>(es.stringPropertyNames());
    missingInEnglish.removeAll(en.stringPropertyNames());
    assertThat(missingInSpanish).as("keys without Spanish").isEmpty();
    assertThat(missingInEnglish).as("keys without English").isEmpty();
    assertThat(en.stringPropertyNames()).hasSizeGreaterThan(100);
  }

  @Test
  void noTextIsEmptyAndEveryPatternParses() throws IOException {
    for (String bundle : new String[] {"messages.properties", "messages_es.properties"}) {
      Properties p = load(bundle);
      for (String key : p.stringPropertyNames()) {
        String text = p.getProperty(key);
        assertThat(text).as(bundle + " " + key).isNotBlank();
        if (text.contains("{0")) {
          assertThat(new MessageFormat(text, Locale.ROOT).format(new Object[] {2, "Y", "Z"}))
              .as(bundle + " " + key)
              .isNotBlank()
              .doesNotContain("{0");
        }
      }
    }
  }

  @Test
  void theEnglishQuizSymptomsAdviceAndMoodItemsAreTheOnesInCode() throws IOException {
    Properties en = load("messages.properties");
    for (ComprehensionQuiz.Question q : ComprehensionQuiz.questions()) {
      String k = "patient.quiz." + q.id() + ".";
      assertThat(en.getProperty(k + "text")).isEqualTo(q.text());
      assertThat(en.getProperty(k + "why")).isEqualTo(q.explanation());
      q.options().forEach((o, text) -> assertThat(en.getProperty(k + o)).isEqualTo(text));
    }
    for (SymptomCode c : SymptomCode.values()) {
      assertThat(en.getProperty("patient.advice." + c.code()))
          .as(c.code())
          .isEqualTo(SymptomTriage.triage(c).advice());
    }
    Labels.SYMPTOMS.forEach(
        (code, words) ->
            assertThat(en.getProperty("patient.symptom." + code.code())).isEqualTo(words));
    Labels.CONTRACEPTION.forEach(
        (code, words) -> assertThat(en.getProperty("patient.method." + code)).isEqualTo(words));
    for (int i = 0; i < MonthlySteps.PHQ9.size(); i++) {
      assertThat(en.getProperty("patient.phq9.item" + (i + 1))).isEqualTo(MonthlySteps.PHQ9.get(i));
    }
    for (int i = 0; i < MonthlySteps.FREQUENCY.size(); i++) {
      assertThat(en.getProperty("patient.phq9.frequency" + i))
          .isEqualTo(MonthlySteps.FREQUENCY.get(i));
    }
  }

  /** Limits of the contract reader and the API's body reading, beside core's own. */
  static final List<String> READER_LIMITS =
      List.of(
          "invalid",
          "required",
          "text",
          "date",
          "number",
          "whole-number",
          "too-precise",
          "too-large",
          "not-negative",
          "more-than-zero",
          "true-or-false",
          "list",
          "unknown-code",
          "json-shape",
          "unknown-field",
          "wrong-type");

  @Test
  void everyLimitAPatientCanMeetHasItsSentenceInBothLanguages() throws IOException {
    Properties en = load("messages.properties");
    Properties es = load("messages_es.properties");
    List<String> limits = new ArrayList<>(READER_LIMITS);
    java.util.stream.Stream.of(
            ContactLimits.check(new ContactLimits.Contact("x", "1", "fr", "BIRD", "X")),
            ContactLimits.check(new ContactLimits.Contact("a".repeat(300), null, "es", null, null)),
            ContactLimits.check(new ContactLimits.Contact(null, null, "es", "EMAIL", null)),
            ContactLimits.check(new ContactLimits.Contact(null, null, "es", "SMS", null)),
            ComprehensionQuiz.grade(Map.of("bogus", "a", "mood", "z")).problems(),
            Phq9Answers.problems(List.of(1)),
            Phq9Answers.problems(java.util.Collections.nCopies(9, 7)),
            TextLimits.problem("note", "x".repeat(TextLimits.MAX_CHARS + 1)).stream().toList(),
            TextLimits.problem("note", "\u0000").stream().toList())
        .flatMap(List::stream)
        .map(EntryProblem::limit)
        .forEach(limits::add);
    // FactLimits' limits, by the names it gives them (dates, PHQ-9 totals, mg, labs, since).
    limits.addAll(
        List.of(
            "after-today",
            "before-birth",
            "before-enrollment",
            "since-after-date",
            "item9-above-total",
            "total-impossible",
            "nothing-on-hand",
            "more-than-on-hand",
            "lab-implausible"));
    assertThat(limits).contains("email-form", "too-long", "control-character", "phq9-answer");
    for (String limit : limits) {
      String key = "problem." + limit;
      assertThat(en.getProperty(key)).as(key).isNotBlank();
      assertThat(es.getProperty(key)).as(key).isNotBlank().isNotEqualTo(en.getProperty(key));
    }
    assertThat(es.getProperty("problem.detail")).isNotEqualTo(en.getProperty("problem.detail"));
  }

  @Test
  void spanishIsNotACopyOfEnglish() throws IOException {
    Properties en = load("messages.properties");
    Properties es = load("messages_es.properties");
    long same =
        en.stringPropertyNames().stream()
            .filter(k -> k.startsWith("patient.") || k.startsWith("problem."))
            .filter(k -> en.getProperty(k).equals(es.getProperty(k)))
            .count();
    assertThat(same).as("patient texts left in English").isZero();
  }
}
