package com.isocourse.server.platform.refusal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Field problems in the reader's language (issue 14, ADR 0018): English readers get the English
 * sentence of the check itself, exactly as the API always said it; a reader of another language
 * gets the bundle's sentence for the limit's code ({@code problem.<limit>}, with the values the
 * check named). A problem whose limit has no sentence of its own reads as the bundle's general
 * {@code problem.invalid}, so neither a code nor an English sentence reaches a Spanish reader.
 */
@Component
public class FieldWords {
  private final MessageSource messages;

  public FieldWords(MessageSource messages) {
    this.messages = messages;
  }

  /** Whether the reader reads the checks' own (English) sentences. */
  static boolean english(Locale locale) {
    return locale == null || locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
  }

  /** Why the field is refused, in the reader's language. */
  public String say(FieldProblem p, Locale locale) {
    if (english(locale)) {
      return p.reason();
    }
    String said = messages.getMessage("problem." + p.limit(), p.args().toArray(), null, locale);
    return said != null ? said : messages.getMessage("problem.invalid", null, locale);
  }

  /** Field → reason in the reader's language, several reasons of one field joined. */
  public Map<String, String> errors(List<FieldProblem> problems, Locale locale) {
    Map<String, String> out = new LinkedHashMap<>();
    problems.forEach(p -> out.merge(p.field(), say(p, locale), (a, b) -> a + "; " + b));
    return out;
  }

  /** The problems with their reasons in the reader's language; fields and codes unchanged. */
  public List<FieldProblem> translated(List<FieldProblem> problems, Locale locale) {
    if (english(locale)) {
      return problems;
    }
    return problems.stream()
        .map(p -> new FieldProblem(p.field(), say(p, locale), p.limit(), p.args()))
        .toList();
  }

  /** The sentence under a page's or an answer's field problems. */
  public String detail(Locale locale) {
    return messages.getMessage("problem.detail", null, locale);
  }
}
