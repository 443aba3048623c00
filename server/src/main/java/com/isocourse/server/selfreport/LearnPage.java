package com.isocourse.server.selfreport;

import com.isocourse.server.platform.refusal.NotFoundException;
import com.isocourse.server.ui.WebPage;
import com.isocourse.server.ui.words.PatientWords;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Education pages written for patients (background.md; rules.md §5–§6). The articles are prose, so
 * each language has its own page ({@code patient/learn-*}, {@code patient/es/learn-*}); their
 * titles come from the message bundles ({@code patient.learn.topic.*}).
 */
@WebPage
class LearnPage {
  static final List<String> TOPICS =
      List.of("how-it-works", "month-by-month", "side-effects", "avoid");

  private final MessageSource messages;

  public LearnPage(MessageSource messages) {
    this.messages = messages;
  }

  /** The topics with their titles in the reader's language, in reading order. */
  private Map<String, String> topics(Locale locale) {
    Map<String, String> titled = new LinkedHashMap<>();
    TOPICS.forEach(
        t -> titled.put(t, messages.getMessage("patient.learn.topic." + t, null, locale)));
    return titled;
  }

  @GetMapping("/me/learn")
  String index(Locale locale, Model model) {
    model.addAttribute("topics", topics(locale));
    return "patient/learn";
  }

  @GetMapping("/me/learn/{topic}")
  String topic(@PathVariable String topic, Locale locale, Model model) {
    if (!TOPICS.contains(topic)) {
      throw new NotFoundException("topic");
    }
    Map<String, String> topics = topics(locale);
    model.addAttribute("topics", topics);
    model.addAttribute("topic", topic);
    // Not "title": the layout's fragment parameter of that name would hide it inside the page.
    model.addAttribute("topicTitle", topics.get(topic));
    return (PatientWords.spanish(locale) ? "patient/es/learn-" : "patient/learn-") + topic;
  }
}
