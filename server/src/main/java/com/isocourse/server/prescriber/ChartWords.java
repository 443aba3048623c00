package com.isocourse.server.prescriber;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The words of the charts in the reader's language (issue 14, ADR 0018): titles, labels and the
 * text descriptions screen readers read come from the bundles ({@code chart.*}), and the axis days
 * are written in the reader's month names. Numbers are passed already written (one decimal, a dot),
 * as the charts draw them, so they read the same in every language.
 */
record ChartWords(MessageSource messages, Locale locale) {
  String say(String key, Object... args) {
    return messages.getMessage(key, args, locale);
  }

  /** An axis day: "1 Dec" in English, "1 dic" in Spanish. */
  String day(LocalDate d) {
    return DateTimeFormatter.ofPattern("d MMM", locale).format(d).replace(".", "");
  }
}
