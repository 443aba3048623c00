package com.isocourse.server.prescriber;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/**
 * The pregnancy-test form's own checks, made before anything is stored: the result is never assumed
 * (the form preselects none, and a result left unchosen is a field error), and a positive result is
 * stored only once it is confirmed, because it stops every fill and alerts the prescriber. Both are
 * checked on the server, so the form works the same without JavaScript.
 */
final class PregnancyTestEntry {
  /** The confirmation field the form shows once "positive" has been chosen. */
  static final String CONFIRM = "confirmPositive";

  private PregnancyTestEntry() {}

  /** Field problems of the submitted pregnancy-test form; empty when it may be recorded. */
  static Map<String, String> problems(MultiValueMap<String, String> form) {
    Map<String, String> problems = new LinkedHashMap<>();
    String result = form.getFirst("result");
    if (result == null || result.isBlank()) {
      problems.put("result", "Choose the result: negative or positive.");
    } else if (result.equals("positive") && !"yes".equals(form.getFirst(CONFIRM))) {
      problems.put(
          CONFIRM,
          "A positive result stops every fill and alerts the prescriber. Check the result, then"
              + " tick the box to confirm it is positive.");
    }
    return problems;
  }
}
