package com.isocourse.server.ui.words;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.stereotype.Component;

/** {@link Labels} for templates, as the bean {@code @words}. */
@Component("words")
class Words {
  public String due(String item) {
    return Labels.due(item);
  }

  public String event(Object event) {
    return event instanceof JsonNode n ? Labels.event(n) : String.valueOf(event);
  }

  public String symptom(String code) {
    return Labels.symptom(code);
  }

  public String reviewable(String code) {
    return Labels.reviewable(code);
  }
}
