package com.isocourse.server.selfreport;

import com.isocourse.core.escalation.SeverityTier;
import com.isocourse.core.escalation.Trigger;
import com.isocourse.core.labs.Analyte;
import com.isocourse.core.monitoring.DueItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * A course's escalation in the patient's language (issue 14 item 4, ADR 0018): the tier's label and
 * each trigger from the bundles ({@code patient.escalation.*}). Core names them in English for the
 * prescriber and stays framework-free, so a Spanish reader needs them said again here: with the
 * symptom and schedule-item names the patient's pages use ({@code patient.symptom.*}, {@code
 * patient.due.*}), dates as those pages print them (the day as a pattern argument, year-month-day)
 * and a blocking reason as the sentence the pages tell ({@link ReasonSentences}). The English keys
 * copy core's sentence shapes and tier labels (checked by {@code EscalationWordsTest}); an English
 * reader still gets core's own words. The switch over the sealed {@link Trigger} has no default, so
 * a new kind of trigger does not compile until the patient can be told it.
 */
final class EscalationWords {
  private final MessageSource messages;
  private final ReasonSentences reasons;

  EscalationWords(MessageSource messages, ReasonSentences reasons) {
    this.messages = messages;
    this.reasons = reasons;
  }

  private String say(Locale locale, String key, Object... args) {
    return messages.getMessage(key, args, locale);
  }

  /** The tier in a few plain words, e.g. "Suspensión por seguridad". */
  String tier(SeverityTier tier, Locale locale) {
    return say(locale, "patient.escalation.tier." + tier.name());
  }

  /** What put the course in its tier, in a sentence or a few words. */
  String trigger(Trigger trigger, Locale locale) {
    return switch (trigger) {
      case Trigger.StopNowSymptom s ->
          say(
              locale,
              "patient.escalation.symptom",
              symptom(s.symptom().code(), locale),
              day(s.on()));
      case Trigger.PregnancyCheck p ->
          say(
              locale,
              "patient.escalation.pregnancyCheck",
              symptom(p.symptom().code(), locale),
              day(p.on()));
      case Trigger.MoodScreenStop m ->
          m.item9() > 0
              ? say(
                  locale,
                  "patient.escalation.moodSelfHarm",
                  String.valueOf(m.item9()),
                  String.valueOf(m.total()),
                  day(m.on()))
              : say(
                  locale, "patient.escalation.moodSevere", String.valueOf(m.total()), day(m.on()));
      case Trigger.PositivePregnancyTest t ->
          say(locale, "patient.escalation.positiveTest", day(t.on()));
      case Trigger.StopLevelLab l -> lab(l, locale);
      case Trigger.Reason r -> reasons.sentence(r.code(), locale);
      case Trigger.Due d -> due(d.item(), d.today(), locale);
    };
  }

  private String symptom(String code, Locale locale) {
    return say(locale, "patient.symptom." + code);
  }

  /** "Triglicéridos: 900 mg/dL en su análisis del 2026-11-30", with the upper limit for ALT/AST. */
  private String lab(Trigger.StopLevelLab l, Locale locale) {
    Analyte a = l.analyte();
    String name = say(locale, "patient.escalation.lab." + a.name());
    String unit = a.canonicalUnit().code();
    if (a.isLiverEnzyme() && l.upperLimit().isPresent()) {
      return say(
          locale,
          "patient.escalation.labAboveLimit",
          name,
          whole(l.value()),
          unit,
          day(l.on()),
          whole(l.upperLimit().get()));
    }
    return say(locale, "patient.escalation.lab", name, whole(l.value()), unit, day(l.on()));
  }

  /** A due item as seen on a day: overdue 7 days after its date, due today, since or on a day. */
  private String due(DueItem item, LocalDate today, Locale locale) {
    String name =
        messages.getMessage(
            "patient.due." + item.item(),
            null,
            say(locale, "patient.escalation.due.other"),
            locale);
    if (item.overdueOn(today)) {
      return say(locale, "patient.escalation.due.overdue", name, day(item.date().plusDays(7)));
    }
    if (item.date().equals(today)) {
      return say(locale, "patient.escalation.due.today", name);
    }
    return item.date().isBefore(today)
        ? say(locale, "patient.escalation.due.since", name, day(item.date()))
        : say(locale, "patient.escalation.due.on", name, day(item.date()));
  }

  /** A day as the patient's pages print it: year-month-day. */
  private static String day(LocalDate d) {
    return d.toString();
  }

  /** A lab value or limit in whole units, as core writes it for the prescriber. */
  private static String whole(BigDecimal v) {
    return v.setScale(0, RoundingMode.HALF_UP).toPlainString();
  }
}
